import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch } from '../../scripts/io/browser.ts';
import { serve } from '../../scripts/io/serve.ts';
import { measureFirstLoad } from '../../scripts/io/bench/measurePage.ts';
import { eventsFileText } from '../../scripts/lib/bench/eventsFileText.ts';
import { generateTimeline } from '../../scripts/lib/bench/generateTimeline.ts';
import { BUDGETS } from '../../scripts/lib/bench/checkBudgets.ts';
import { EMBED_FIRST_EVENTS } from '../../src/lib/embedPieces.ts';
import { sortEvents } from '../../src/lib/serializeEventsFile.ts';
import { buildSite } from '../helpers/buildSite.ts';
import { openTab } from '../helpers/openTab.ts';

// An archive of 900 events: the embed's page holds the latest 400, and 500 come in pieces.
const N = 900;
const { file, articles } = generateTimeline(N);
const events = sortEvents(file.events);
let dir: string;
let site: string;
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'archive-'));
  await mkdir(join(dir, 'seeds'));
  await writeFile(join(dir, 'events.json'), eventsFileText(file));
  await Promise.all(articles.map((a) => writeFile(join(dir, 'seeds', a.name), a.text)));
  site = await buildSite({ data: join(dir, 'events.json'), seeds: join(dir, 'seeds') });
  [browser, server] = await Promise.all([launch(), serve(site)]);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await Promise.all([dir, site].filter(Boolean).map((d) => rm(d, { recursive: true, force: true })));
});

const state = (page: import('playwright-core').Page) =>
  page.$eval('conflict-timeline', (el) => ({
    drawn: Number(el.getAttribute('data-drawn')),
    listed: document.querySelectorAll('#embed-list li[data-id]').length,
    count: el.querySelector('[data-role="count"]')!.textContent,
  }));

describe(`the embed of an archive of ${N} events`, () => {
  test('its page holds only the latest events, says where the others are, and each event is in the page or in exactly one piece', async () => {
    const html = await readFile(join(site, 'embed/index.html'), 'utf8');
    const inPage = [...html.matchAll(/<li class="event-item" id="event-([^"]+)"/g)].map((m) => m[1]);
    expect(inPage).toEqual(events.slice(-inPage.length).map((e) => e.id));
    expect(inPage.length).toBeLessThanOrEqual(EMBED_FIRST_EVENTS);
    expect(html).toMatch(/The \d+ before them are on <a href="http:\/\/127\.0\.0\.1:4321\/">the full timeline<\/a>/);
    const manifest = JSON.parse(/data-pieces="([^"]+)"/.exec(html)![1]!.replaceAll('&quot;', '"')) as { total: number; pieces: { file: string; count: number }[] };
    expect(manifest.total).toBe(N);
    expect(manifest.pieces.reduce((n, p) => n + p.count, 0) + inPage.length).toBe(N);
    const ids = (await Promise.all(manifest.pieces.map((p) => readFile(join(site, p.file), 'utf8'))))
      .flatMap((code) => [...code.matchAll(/id=\\"event-([^"\\]+)\\"/g)].map((m) => m[1]));
    expect([...ids, ...inPage].sort()).toEqual(events.map((e) => e.id).sort());
  });

  test('the first load fetches the page\'s stretch only, and counts the rest where it falls', async () => {
    const first = await measureFirstLoad(browser, `${server.origin}/embed/`, 30_000);
    const html = await readFile(join(site, 'embed/index.html'));
    // The page, its script, its style sheets and its icon: no piece.
    expect(first.bytes).toBeLessThan(html.length + 200_000);
    // Issue 17's budget for every host article. The page holds no more events at any archive
    // size, so only its list of pieces grows; npm run bench weighs it at 25,000 events.
    expect(first.gzipBytes).toBeLessThanOrEqual(BUDGETS.embedGzipBytes);
    expect(first.bytes).toBeLessThanOrEqual(BUDGETS.embedBytes);
    const { page, log } = await openTab(browser, { viewport: { width: 800, height: 700 } });
    await page.goto(`${server.origin}/embed/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect((await state(page)).count).toBe(`Showing all ${N} events.`);
    // Everything at once: the pieces are counted, not fetched.
    await page.focus('.viewport');
    await page.keyboard.press('0');
    await page.waitForTimeout(500);
    expect((await state(page)).drawn).toBe(N);
    expect(log.errors).toEqual([]);
  });

  test('moving back in time fetches the pieces in view', async () => {
    const { page, log } = await openTab(browser, { viewport: { width: 800, height: 700 } });
    await page.goto(`${server.origin}/embed/?from=${events[0]!.date.slice(0, 7)}-01&to=${events[40]!.date.slice(0, 10)}`.replace(/-01-01$/, '-01-01'));
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await expect.poll(async () => (await state(page)).listed, { timeout: 10_000 }).toBeGreaterThan(EMBED_FIRST_EVENTS);
    expect(await page.$eval(`#embed-list li[data-id="${events[0]!.id}"]`, (li) => li !== null)).toBe(true);
    expect(log.errors).toEqual([]);
  });

  test('a link to the oldest event opens it, its piece fetched', async () => {
    const oldest = events[0]!;
    const { page, log } = await openTab(browser, { viewport: { width: 800, height: 700 } });
    await page.goto(`${server.origin}/embed/?event=${oldest.id}`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await expect.poll(() => page.textContent('.details .event-title').catch(() => null), { timeout: 10_000 }).toContain(oldest.title);
    expect(log.errors).toEqual([]);
  });

  test('the Thai embed fetches pieces written in Thai: an older event\'s row has its Thai title and a Buddhist-era date', async () => {
    const oldest = events[0]!;
    const html = await readFile(join(site, 'th/embed/index.html'), 'utf8');
    const manifest = JSON.parse(/data-pieces="([^"]+)"/.exec(html)![1]!.replaceAll('&quot;', '"')) as { pieces: { file: string }[] };
    expect(manifest.pieces.every((p) => /\/embed\/pieces\/th-p\d+\.[\w-]+\.js$/.test(p.file))).toBe(true);
    const { page, log } = await openTab(browser, { viewport: { width: 800, height: 700 } });
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${server.origin}/th/embed/?event=${oldest.id}`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    const row = page.locator(`#embed-list li[data-id="${oldest.id}"]`);
    await row.waitFor({ state: 'attached', timeout: 10_000 });
    const title = (await row.locator('.story-title').textContent())!;
    expect(title).toMatch(/[\u0E01-\u0E5B]/);
    expect(title).not.toContain(oldest.title);
    // A Thai short date ("1 มี.ค.") under a month heading in the Buddhist era (2024 is 2567), as the page's own rows are.
    const year = Number(oldest.date.slice(0, 4));
    expect(await row.locator('.story-line time').textContent()).toMatch(/^\d{1,2} [\u0E01-\u0E5B]+\.[\u0E01-\u0E5B]+\.$/);
    expect(await row.evaluate((li) => li.closest('.month')!.querySelector('.month-heading')!.textContent)).toMatch(new RegExp(`^[\u0E01-\u0E5B]+ ${year + 543}$`));
    expect(fetched.filter((f) => f.startsWith('/embed/pieces/p'))).toEqual([]);
    expect(fetched.some((f) => f.startsWith('/embed/pieces/th-p'))).toBe(true);
    await expect.poll(() => page.textContent('.details .event-title').catch(() => null), { timeout: 10_000 }).toBe(title);
    expect(log.errors).toEqual([]);
  });

  test('a filter fetches every piece and shows every event that passes it', async () => {
    const talks = events.filter((e) => e.kind === 'talks');
    const { page, log } = await openTab(browser, { viewport: { width: 360, height: 700 } });
    await page.goto(`${server.origin}/embed/?kinds=talks`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await expect.poll(() => page.$$eval('#embed-list li[data-id]:not([hidden])', (items) => items.length), { timeout: 15_000 }).toBe(talks.length);
    expect(await page.$$eval('#embed-list li[data-id]:not([hidden])', (items) => items.map((li) => li.getAttribute('data-id')))).toEqual(talks.map((e) => e.id));
    expect((await state(page)).count).toBe(`Showing ${talks.length} of ${N} events.`);
    expect(log.errors).toEqual([]);
  });
});
