import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { stringify } from 'yaml';
import { buildSite } from '../helpers/buildSite.ts';
import { launch } from '../../scripts/io/browser.ts';
import { serve } from '../../scripts/io/serve.ts';
import { CONTROL_CHARACTER } from '../../src/lib/controlCharacters.ts';
import { strictXmlErrors } from '../helpers/strictXml.ts';
import { builtPages } from '../helpers/builtPages.ts';
import { openTab } from '../helpers/openTab.ts';

// Markup and script in every text field of an event and of an article. Each variant sets a
// different flag, so a failure names the way in.
const hostile = (field: string) =>
  `${field} <script>window.__pwned='${field} script'</script><img src=x onerror="window.__pwned='${field} img'"><xss-probe>${field}</xss-probe> & "q" 'a'`;
const H = {
  title: hostile('title'), summary: hostile('summary'), place: hostile('place'), province: hostile('province'), country: hostile('country'),
  actor: hostile('actor'), figure: hostile('figure'), claim: hostile('claim'), quote: hostile('quote'),
  articleTitle: hostile('article-title'), outlet: hostile('outlet'),
};
// A .txt article: its text is shown as written, markup and all (a .md article's raw HTML is read
// as spaces, so it never reaches a page).
const FILE = 'hostile.txt';
// A form feed and other control characters, as text pasted from a PDF brings them.
const body = [
  `On 1 December 2025 ${H.quote} troops clashed near the border.\f\u0007\u000b\u0085`,
  '',
  `Officials said at least 3 ${H.figure} people were killed.`,
  '',
  `The truce was brokered by ${H.claim} after talks.`,
].join('\n');
const article = `---\n${stringify({ title: H.articleTitle, outlet: H.outlet, url: 'https://example.org/story?a=<b>&c="d"', published: '2025-12-02' })}---\n${body}\n`;
const cite = (quote: string) => ({ source: FILE, quote });
const event = {
  id: '2025-12-01-hostile',
  date: '2025-12-01',
  kind: 'fighting',
  status: 'occurred',
  title: H.title,
  summary: H.summary,
  places: [{ name: H.place, admin1: H.province, country: H.country }],
  actors: [H.actor],
  figures: [{ measure: 'killed', unit: 'people', min: 3, qualifier: 'at-least', text: `at least 3 ${H.figure} people`, citation: cite(`at least 3 ${H.figure} people were killed`) }],
  claims: [{ about: 'brokered-by', values: [H.claim], citation: cite(`brokered by ${H.claim} after talks`) }],
  citations: [cite(`${H.quote} troops clashed`)],
};

let dir: string;
let dist: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hostile-'));
  await mkdir(join(dir, 'seeds'));
  await writeFile(join(dir, 'seeds', FILE), article);
  await writeFile(join(dir, 'events.json'), JSON.stringify({ $schema: './events.schema.json', events: [event] }, null, 2));
  dist = await buildSite({ data: join(dir, 'events.json'), seeds: join(dir, 'seeds') });
  [browser, server] = await Promise.all([launch(), serve(dist)]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('text holding markup and script, in every field', () => {
  test.each([
    ['/', ['title', 'summary', 'place', 'actor', 'figure', 'claim', 'quote']],
    [`/?event=${event.id}`, ['title', 'summary', 'quote']],
    [`/events/${event.id}/`, ['title', 'summary', 'place', 'province', 'country', 'actor', 'figure', 'claim', 'quote']],
    [`/sources/${FILE}/`, ['article-title', 'outlet', 'quote', 'figure', 'claim', 'title']],
    ['/sources/', ['article-title', 'outlet']],
    ['/figures/', ['figure', 'title']],
    ['/embed/?view=list', ['title']],
    [`/embed/?event=${event.id}`, ['title', 'summary', 'quote']],
    ['/data/', []],
  ])('%s shows it as text and runs none of it', async (path, shown) => {
    const { page, log } = await openTab(browser, { viewport: { width: 1280, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$('xss-probe')).toEqual([]);
    expect(await page.$$('img[src="x"]')).toEqual([]);
    const text = await page.evaluate(() => document.body.textContent ?? '');
    for (const field of shown) expect(text, field).toContain(`<script>window.__pwned='${field} script'</script>`);
    expect(log.failed).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});

describe('control characters in the article', () => {
  test('reach no page and no export, and the feed stays valid for a strict XML parser', async () => {
    const files = [...builtPages(dist).map((path) => join(path, 'index.html')), 'feed.xml', 'events.ics', 'events.csv', 'events.json', 'timelinejs.json'];
    for (const file of files) expect(await readFile(join(dist, file), 'utf8'), file).not.toMatch(CONTROL_CHARACTER);
    expect(strictXmlErrors(await readFile(join(dist, 'feed.xml'), 'utf8'))).toEqual([]);
  });
});
