import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import type { Event } from '../../src/lib/eventSchema.ts';
import { eventListHtml } from '../../src/lib/html/eventListHtml.ts';
import { REST_PART } from '../../src/lib/html/eventListParts.ts';
import type { SourceEntry } from '../../src/lib/sourceEntry.ts';
import { builtFile } from '../helpers/builtSites.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

// Astro's i18n routing is a virtual module of a build; here an edition's paths are its prefix.
vi.mock('astro:i18n', () => ({ getRelativeLocaleUrl: (locale: string, path: string) => `/${locale === 'en' ? '' : `${locale}/`}${path}` }));

const N = 3 * REST_PART + 7;
const FIRST = 5;
const FILE = 'report.txt';
// Titles that would end the noscript, or the JSON's script, if the page let them.
const event = (i: number): Event =>
  ({
    id: `e${i}`,
    date: new Date(Date.UTC(2025, 4, 1) + i * 2 * 86_400_000).toISOString().slice(0, 10),
    kind: i % 2 ? 'fighting' : 'talks',
    status: 'occurred',
    title: `Event ${i} </noscript></script><b>bold</b>`,
    summary: `Summary ${i}${i === N - 1 ? ' with the word zanzibar' : ''}.`,
    places: [],
    actors: [`Side ${i % 3}`],
    figures: [],
    claims: [],
    citations: [{ source: FILE, quote: `Quote ${i}.` }],
  }) as unknown as Event;
const EVENTS = Array.from({ length: N }, (_, i) => event(i));
const source: SourceEntry = { file: FILE, title: 'A report', outlet: 'Outlet', url: 'https://example.org/report', published: '2025-09-01', body: '' } as SourceEntry;
const timeline = { sources: new Map([[FILE, source]]), published: new Map([[FILE, '2025-09-01']]), passageOf: () => ({ start: 0, end: 5 }) };
const LAST = EVENTS.at(-1)!.id;

/** The built reader page with its list replaced by these events, the first FIRST as markup and the rest in noscript. */
async function readerPage(): Promise<string> {
  const { document } = parseHTML(await readFile(builtFile('index.html'), 'utf8'));
  document.querySelector('.event-list-container')!.outerHTML = eventListHtml(EVENTS, timeline, 'en', { id: 'event-list', targetSelf: false, firstEntries: FIRST });
  return document.toString();
}

const site = useBuiltSite();

describe(`a reader page whose list holds ${FIRST} of its ${N} entries as markup and the rest in <noscript>`, () => {
  const open = async (query = '', options: { javaScriptEnabled?: boolean } = {}) => {
    const html = await readerPage();
    const tab = await openTab(site.browser, { viewport: { width: 1280, height: 900 }, ...options });
    await tab.page.route((url) => url.origin === site.origin && url.pathname === '/', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await tab.page.goto(`${site.origin}/${query}`);
    return tab;
  };
  const ids = (page: import('playwright-core').Page) => page.$$eval('#event-list li[data-id]', (lis) => lis.map((li) => li.getAttribute('data-id')));

  test('draws every event at once, then puts every entry into the list in order, each month once with its heading', async () => {
    const { page, log } = await open();
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(Number(await page.getAttribute('conflict-timeline', 'data-drawn'))).toBe(N);
    await expect.poll(() => ids(page)).toEqual(EVENTS.map((e) => e.id));
    const months = await page.$$eval('#event-list > li.month', (lis) => lis.map((li) => [li.getAttribute('data-month'), li.querySelectorAll('.month-heading').length]));
    expect(months.map(([m]) => m)).toEqual([...new Set(EVENTS.map((e) => e.date.slice(0, 7)))]);
    expect(months.every(([, headings]) => headings === 1)).toBe(true);
    // The canvas's titles are the entries' own, markup and all shown as text.
    const titles = await page.$$eval('#event-list .event-title', (hs) => hs.map((h) => h.textContent!.trim()));
    expect(titles).toEqual(EVENTS.map((e) => e.title));
    expect(log.errors).toEqual([]);
  });

  test('without JavaScript, shows every entry as the list', async () => {
    const { page, log } = await open('', { javaScriptEnabled: false });
    expect(await page.$$eval('li[data-id]', (lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual(EVENTS.map((e) => e.id));
    expect(await page.locator('b').count()).toBe(0);
    expect(log.errors).toEqual([]);
  });

  test('opens an event of the rest that a link names, by query or by #event-…, and scrolls to its entry', async () => {
    const byQuery = await open(`?event=${LAST}`);
    await expect.poll(() => byQuery.page.locator('.details .event-title').textContent()).toBe(EVENTS.at(-1)!.title);
    const byHash = await open(`#event-${LAST}`);
    await byHash.page.waitForSelector('conflict-timeline[data-drawn]');
    await expect.poll(() => byHash.page.$eval(`#event-${LAST}`, (li) => li.getBoundingClientRect().top), { timeout: 5_000 }).toBeLessThan(900);
    expect([...byQuery.log.errors, ...byHash.log.errors]).toEqual([]);
  });

  test('hides the entries a filter leaves out, those that come into the list after it was set too', async () => {
    const { page, log } = await open();
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await page.uncheck('input[name="kind"][value="talks"]');
    const state = () => page.$$eval('#event-list li[data-id]', (lis) => lis.map((li) => `${li.getAttribute('data-id')}:${li.hasAttribute('hidden') ? 'hidden' : 'shown'}`));
    await expect.poll(state).toEqual(EVENTS.map((e) => `${e.id}:${e.kind === 'talks' ? 'hidden' : 'shown'}`));
    expect(log.errors).toEqual([]);
  });

  test('finds a word only the last entry holds', async () => {
    const { page, log } = await open();
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await page.fill('input[type=search]', 'zanzibar');
    await expect.poll(() => page.getAttribute('conflict-timeline', 'data-drawn')).toBe('1');
    await expect.poll(() => page.$$eval('#event-list li[data-id]:not([hidden])', (lis) => lis.map((li) => li.getAttribute('data-id')))).toEqual([LAST]);
    expect(log.errors).toEqual([]);
  });
});
