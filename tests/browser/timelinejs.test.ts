import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { launch } from '../../scripts/io/browser.ts';
import { parseHTML } from 'linkedom';
import { serve } from '../../scripts/io/serve.ts';
import { headersFor, parseHeadersFile } from '../helpers/headersFile.ts';
import { timelineJsPage } from '../../scripts/lib/bench/timelineJsPage.ts';
import { builtFile, builtSites } from '../helpers/builtSites.ts';
import { openTab } from '../helpers/openTab.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));

// The benchmark's TimelineJS3 page: the library from node_modules instead of Knight Lab's CDN and
// a font theme of system fonts (Georgia, Helvetica), since the default theme fetches web fonts
// from Google and this test allows no outside request.
const PAGE = timelineJsPage('/timelinejs/', '/timelinejs.json');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'timelinejs-'));
  await Promise.all([
    cp('node_modules/@knight-lab/timelinejs/dist', join(root, 'timelinejs'), { recursive: true }),
    cp(builtFile('timelinejs.json'), join(root, 'timelinejs.json')),
    writeFile(join(root, 'index.html'), PAGE),
  ]);
  [browser, server] = await Promise.all([launch(), serve(root)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('/timelinejs.json in Knight Lab TimelineJS3, in Chromium', () => {
  test('draws one slide per event after the title slide, from local files only, without console errors', async () => {
    const { page, log } = await openTab(browser, { viewport: { width: 1100, height: 800 } });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('body[data-ready]');
    const slides = await page.$$eval('.tl-storyslider .tl-slide', (els) => els.length);
    expect(slides - 1).toBe(data.events.length);
    const ids = await page.evaluate(() => (window as unknown as { timeline: { config: { events: { unique_id: string }[] } } }).timeline.config.events.map((e) => e.unique_id));
    expect(new Set(ids)).toEqual(new Set(data.events.map((e) => e.id)));
    expect(await page.textContent('.tl-slide-titleslide .tl-headline')).toContain('Thailand');
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(log.requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
  });
});

describe('the /data/ page\'s TimelineJS3 snippet, pasted into a page on another site', () => {
  test('draws one slide per event from the site\'s own copy of the library, served with the headers written for hosts', async () => {
    const rules = parseHeadersFile(await readFile(builtFile('_headers'), 'utf8'));
    const hostDir = await mkdtemp(join(tmpdir(), 'timelinejs-host-'));
    const [site, host] = await Promise.all([serve(builtSites.site, { headers: (path) => headersFor(rules, path) }), serve(hostDir, { live: true })]);
    try {
      const { document } = parseHTML(await readFile(builtFile('data/index.html'), 'utf8'));
      const snippet = document.querySelector('pre[aria-label="TimelineJS3 snippet"] code')!.textContent!.replaceAll('http://127.0.0.1:4321', site.origin);
      await writeFile(join(hostDir, 'article.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body>${snippet}</body></html>`);
      const { page, log } = await openTab(browser, { viewport: { width: 1100, height: 800 } });
      await page.goto(`${host.origin}/article.html`);
      await page.waitForSelector('.tl-storyslider .tl-slide');
      await expect.poll(() => page.$$eval('.tl-storyslider .tl-slide', (els) => els.length)).toBe(data.events.length + 1);
      expect(log.errors).toEqual([]);
      expect(log.failed).toEqual([]);
      expect(log.requests.filter((url) => ![site.origin, host.origin].includes(new URL(url).origin))).toEqual([]);
      expect(log.requests.some((url) => url.startsWith(`${site.origin}/timelinejs/`))).toBe(true);
    } finally {
      await Promise.all([site.close(), host.close()]);
      await rm(hostDir, { recursive: true, force: true });
    }
  }, 30_000);
});
