// Any URL may arrive: a mistyped link, a crafted one. Every kind of page, loaded with hostile
// queries and fragments, must load with no uncaught error and no console error (unknown options
// are ignored with a console warning, by design).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { OTHER_LOCALES } from '../../src/i18n/locales.ts';
import { builtPages, pageKinds } from '../helpers/builtPages.ts';
import { builtFile, builtSites } from '../helpers/builtSites.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const site = useBuiltSite();

const HOSTILE = [
  '#p-%',
  '#%E0%A4%A',
  '#p-0-99999999999999999999',
  `#${'%'.repeat(2000)}`,
  '?q=%&event=%E0%A4%A#p-%',
  '?from=9999-99-99&to=0000-00-00&kinds=<script>&height=1e309&theme=<x>&view=%00',
  '?event=../../etc/passwd&sources=a,,b&actors=%00&kinds=talks,talks',
  `?q=${'a'.repeat(8000)}&from=2025-12-31&to=2025-01-01`,
  '?event=&event=x&from=&to=#',
  '?%=%&&==&q=%ZZ#%ZZ',
];

describe('every kind of page that runs a script, with hostile queries and fragments', () => {
  // Every English kind of page, and each edition's reader and embed. An edition's other pages run
  // the same modules as their English twins, only with another catalogue, so loading each of
  // them ten times more would test nothing new and cost a minute of the suite.
  const kinds = pageKinds(builtPages(builtSites.site));
  const editionPages = new Set(OTHER_LOCALES.flatMap((locale) => [`/${locale}/`, `/${locale}/embed/`]));
  const inEdition = (kind: string) => OTHER_LOCALES.some((locale) => kind.startsWith(`/${locale}/`));
  const candidates = [...kinds]
    .filter(([kind]) => !inEdition(kind) || editionPages.has(kind))
    .map(([, path]) => path)
    .filter((path) => path.endsWith('/'));
  // A page with no script has nothing that reads its URL: the server sends the same file whatever
  // the query, so loading it ten times would test the server, not the page. The test below reads
  // each page's HTML, so a script added to such a page brings it back here.
  const runsScript = (path: string) => /<script\b/i.test(readFileSync(builtFile(`${path.slice(1)}index.html`), 'utf8'));
  const pages = candidates.filter(runsScript);

  test('the pages loaded below include the reader, the embed and a source page, in every language', () => {
    expect(pages).toEqual(expect.arrayContaining(['/', '/embed/', ...OTHER_LOCALES.flatMap((locale) => [`/${locale}/`, `/${locale}/embed/`])]));
    expect(pages.some((path) => path.startsWith('/sources/') && path !== '/sources/')).toBe(true);
  });

  test.each(pages)('%s throws nothing and logs no error, whatever its URL', async (path) => {
    const { page, log } = await openTab(site.browser);
    const problems: string[] = [];
    for (const suffix of HOSTILE) {
      log.errors.length = 0;
      await page.goto(`${site.origin}${path}${suffix}`, { waitUntil: 'load' });
      // A change of fragment alone does not reload the page: the hashchange handlers run too.
      await page.evaluate(() => {
        location.hash = '#p-%';
      });
      await page.waitForTimeout(50);
      problems.push(...log.errors.map((error) => `${path}${suffix}: ${error}`));
    }
    expect(problems).toEqual([]);
  });
});
