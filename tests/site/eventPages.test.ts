// The event pages are rendered some 200 to one Astro page and split into files after the build
// (src/integrations/eventPages.ts): every event keeps its page in every edition, each page is
// about its own event, and no batch is left in the site.
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { builtPages } from '../helpers/builtPages.ts';
import { builtSites } from '../helpers/builtSites.ts';

const SITES = [
  ['data/events.json', builtSites.site, 'data/events.json'],
  ['tests/fixtures/overlapping', builtSites.overlapping, 'tests/fixtures/overlapping/events.json'],
] as const;

describe.each(SITES)('the event pages of the site built from %s', (_name, dir, data) => {
  const pages = builtPages(dir);

  test('are one page per event in each edition, and nothing else', async () => {
    const { events } = EventsFile.parse(JSON.parse(await readFile(data, 'utf8')));
    const ids = events.map((e) => e.id).sort();
    for (const edition of ['', '/th', '/km']) {
      const found = pages.filter((p) => p.startsWith(`${edition}/events/`)).map((p) => p.slice(`${edition}/events/`.length, -1));
      expect(found.sort(), edition || '/').toEqual(ids);
    }
  });

  test('each name their own event: canonical link, heading, hreflang alternates and the language links', async () => {
    for (const path of pages.filter((p) => /^\/(?:(?:th|km)\/)?events\/[^/]+\/$/.test(p))) {
      const id = path.split('/').at(-2)!;
      const { document } = parseHTML(await readFile(`${dir}${path}index.html`, 'utf8'));
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(`http://127.0.0.1:4321${path}`);
      expect(document.querySelector('h1')?.id, path).toBe(`title-${id}`);
      const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => new URL(l.getAttribute('href')!).pathname);
      expect(alternates.every((p) => p.endsWith(`/events/${id}/`)), path).toBe(true);
      expect(document.querySelector('.languages a[aria-current]')?.getAttribute('href'), path).toBe(path);
      expect(document.querySelectorAll('meta[http-equiv="content-security-policy"]').length, path).toBe(1);
    }
  });
});
