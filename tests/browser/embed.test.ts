import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { dayRange } from '../../src/lib/dayRange.ts';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { launch, type PageLog } from '../../scripts/io/browser.ts';
import { serve } from '../../scripts/io/serve.ts';
import { builtFile, builtSites } from '../helpers/builtSites.ts';
import { headersFor, parseHeadersFile } from '../helpers/headersFile.ts';
import { openTab } from '../helpers/openTab.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
// The site is served with the headers the build wrote for hosts, so the tests see what readers get.
const hostHeaders = parseHeadersFile(await readFile(builtFile('_headers'), 'utf8'));
const SANDBOX = 'allow-scripts allow-popups';
let browser: Browser;
let site: Awaited<ReturnType<typeof serve>>;
let host: Awaited<ReturnType<typeof serve>>;
let hostDir: string;
/** A third origin: an advertiser's or another site's frames on the host page. */
let thirdParty: Awaited<ReturnType<typeof serve>>;
let thirdPartyDir: string;

// A frame that claims to be an embed: it posts the height message, again and again.
const HOSTILE_FRAME = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ad</title><link rel="icon" href="data:,"></head><body><script>
  setInterval(() => parent.postMessage({ type: 'conflict-timeline:height', height: 4000 }, '*'), 50);
</script></body></html>`;

beforeAll(async () => {
  hostDir = await mkdtemp(join(tmpdir(), 'embed-host-'));
  thirdPartyDir = await mkdtemp(join(tmpdir(), 'embed-third-party-'));
  await writeFile(join(thirdPartyDir, 'ad.html'), HOSTILE_FRAME);
  [browser, site, host, thirdParty] = await Promise.all([launch(), serve(builtSites.site, { headers: (path) => headersFor(hostHeaders, path) }), serve(hostDir, { live: true }), serve(thirdPartyDir)]);
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([site?.close(), host?.close(), thirdParty?.close()]);
  await rm(hostDir, { recursive: true, force: true });
  await rm(thirdPartyDir, { recursive: true, force: true });
});

/** An article page on another origin (another port) holding the given HTML. */
async function hostPage(name: string, body: string): Promise<{ page: Page; log: PageLog }> {
  await writeFile(join(hostDir, `${name}.html`), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body><h1>An article</h1><p>Some reporting.</p>${body}<p>More reporting.</p></body></html>`);
  const opened = await openTab(browser, { viewport: { width: 800, height: 900 } });
  await opened.page.goto(`${host.origin}/${name}.html`);
  return opened;
}

const iframe = (query: string, id: string, height = 300) =>
  `<iframe id="${id}" src="${site.origin}/embed/${query}" title="Timeline" width="100%" height="${height}" sandbox="${SANDBOX}" data-conflict-timeline></iframe>`;
const loader = () => `<script src="${site.origin}/embed.js" async></script>`;

async function embedFrame(page: Page, id: string): Promise<Frame> {
  const frame = await (await page.waitForSelector(`#${id}`)).contentFrame();
  // `data-drawn` is rewritten after every frame, and a frame drawn before the iframe has its
  // final size may count fewer marks: tests poll it for the count they expect, for up to 10 s,
  // since Vitest's 1 s default is one frame's wait on a loaded machine.
  await frame!.waitForSelector('conflict-timeline[data-drawn]');
  return frame!;
}
const contentHeight = (frame: Frame) => frame.$eval('.embed', (el) => Math.ceil(el.getBoundingClientRect().height));
// The iframe's inner height: what its content has to fill, borders aside.
const frameHeight = (page: Page, id: string) => page.$eval(`#${id}`, (el) => el.clientHeight);
const visibleIds = (frame: Frame, list = 'embed-list') =>
  frame.$$eval(`#${list} li[data-id]:not([hidden])`, (items) => items.map((li) => li.getAttribute('data-id')));
/** Waits until the iframe is as tall as its content, or fails with both numbers. */
async function expectFitted(page: Page, frame: Frame, id: string) {
  await expect.poll(async () => Math.abs((await frameHeight(page, id)) - (await contentHeight(frame))), { timeout: 5000 }).toBeLessThanOrEqual(1);
}
const onlyOwnOrigins = (log: PageLog) => log.requests.filter((url) => !url.startsWith(site.origin) && !url.startsWith(host.origin) && !url.startsWith(thirdParty.origin));

describe('the embed, in a sandboxed iframe on another origin', () => {
  test('with the loader, the iframe takes its content height after load and again after filtering', async () => {
    const talks = data.events.filter((e) => e.kind === 'talks').map((e) => e.id);
    const { page, log } = await hostPage('loader', iframe('?view=list&kinds=talks', 'a') + loader());
    const frame = await embedFrame(page, 'a');
    expect(await visibleIds(frame)).toEqual(talks);
    await expectFitted(page, frame, 'a');
    const before = await frameHeight(page, 'a');
    expect(before).not.toBe(300);

    // Widen the filter from the inside: the content grows and the host follows.
    await frame.$eval('conflict-timeline', (el) => {
      (el as unknown as { applyView(state: unknown): void }).applyView({ filters: { kinds: new Set(), actors: new Set(), sources: new Set(), q: '' } });
    });
    expect(await visibleIds(frame)).toEqual(data.events.map((e) => e.id));
    await expectFitted(page, frame, 'a');
    expect(await frameHeight(page, 'a')).toBeGreaterThan(before);
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(onlyOwnOrigins(log)).toEqual([]);
  });

  test('without the loader, the iframe keeps the height it was given and still works', async () => {
    const { page, log } = await hostPage('plain', iframe('', 'b', 420));
    const frame = await embedFrame(page, 'b');
    await page.waitForTimeout(300);
    expect(await frameHeight(page, 'b')).toBe(420);
    await expect.poll(async () => Number(await frame.getAttribute('conflict-timeline', 'data-drawn')), { timeout: 10_000 }).toBe(data.events.length);
    expect(log.errors).toEqual([]);
  });

  test('a loader that arrives after the embed has loaded still sizes it', async () => {
    const { page, log } = await hostPage('late', iframe('?view=list', 'c'));
    const frame = await embedFrame(page, 'c');
    await page.addScriptTag({ url: `${site.origin}/embed.js` });
    await expectFitted(page, frame, 'c');
    expect(log.errors).toEqual([]);
  });

  test('applies its options: date range, kinds, theme, opened event', async () => {
    const december = data.events.filter((e) => {
      const [start, end] = dayRange(e.date, e.endDate);
      return end > Date.UTC(2025, 11, 1) && start < Date.UTC(2026, 0, 1);
    });
    const selected = december.at(-1)!;
    const query = `?from=2025-12-01&to=2025-12-31&theme=dark&event=${selected.id}`;
    const { page, log } = await hostPage('options', iframe(query, 'd', 600) + loader());
    const frame = await embedFrame(page, 'd');
    await expect.poll(async () => Number(await frame.getAttribute('conflict-timeline', 'data-drawn')), { timeout: 10_000 }).toBe(december.length);
    expect(await frame.textContent('[data-role="count"]')).toBe(`Showing ${december.length} of ${data.events.length} events.`);
    expect(await frame.$eval('html', (el) => [el.dataset.theme, getComputedStyle(document.body).backgroundColor])).toEqual(['dark', 'rgb(18, 20, 22)']);
    expect((await frame.textContent('.details .event-title'))!.trim()).toBe(selected.title);
    expect(log.errors).toEqual([]);
  });

  test('ignores unknown and malformed options with a warning, never as markup', async () => {
    const warnings: string[] = [];
    const { page, log } = await hostPage('bad', iframe('?height=abc&kinds=nonsense&bogus=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E', 'e') + loader());
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.reload();
    const frame = await embedFrame(page, 'e');
    expect(warnings.join('\n')).toMatch(/invalid height/);
    expect(warnings.join('\n')).toMatch(/unknown option/);
    expect(warnings.join('\n')).toMatch(/invalid kinds: nonsense/);
    expect(await frame.$$('img[src="x"]')).toEqual([]);
    await expect.poll(async () => Number(await frame.getAttribute('conflict-timeline', 'data-drawn')), { timeout: 10_000 }).toBe(data.events.length);
    expect(log.errors).toEqual([]);
  });

  test('keeps an embed written with the old kinds working: casualties shows the fighting, with a warning', async () => {
    const warnings: string[] = [];
    const { page, log } = await hostPage('old-kinds', iframe('?view=list&kinds=casualties,talks', 'g') + loader());
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.reload();
    const frame = await embedFrame(page, 'g');
    expect(await visibleIds(frame)).toEqual(data.events.filter((e) => e.kind === 'fighting' || e.kind === 'talks').map((e) => e.id));
    expect(warnings.join('\n')).toContain('renamed kinds: casualties is now fighting');
    expect(log.errors).toEqual([]);
  });

  test('opens every link in a new tab that has no handle on the embed and is told nothing of the host, list and panel alike', async () => {
    const { page } = await hostPage('links', iframe('?view=list', 'f') + loader());
    const frame = await embedFrame(page, 'f');
    // No link carries its own target but the in-page story links: the page's <base> is the one way.
    const targets = await frame.$$eval('a[href]', (as) => as.filter((a) => a.hasAttribute('target')).map((a) => [a.getAttribute('target'), a.getAttribute('href')!.startsWith('#')]));
    expect(new Set(targets.map(String))).toEqual(new Set(['_self,true']));
    for (const selector of ['#embed-list .event-title a', '#embed-list .citation figcaption a']) {
      const link = frame.locator(selector).first();
      const [opened] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
      await opened.waitForLoadState('domcontentloaded');
      expect(new URL(opened.url()).origin, selector).toBe(site.origin);
      expect(await opened.evaluate(() => [window.opener, document.referrer]), selector).toEqual([null, '']);
      await opened.close();
    }
  });

  test('the reader page\'s snippet follows a filter changed while its box was closed, once the box is opened', async () => {
    const { page, log } = await openTab(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    const kinds = await page.$$eval('form.filters input[name="kind"]', (boxes) => boxes.map((box) => (box as HTMLInputElement).value));
    await page.click(`form.filters input[name="kind"][value="${kinds[0]}"]`);
    await page.click('.embed-snippet summary');
    await expect.poll(() => page.inputValue('.embed-snippet textarea')).toContain(`${site.origin}/embed/?kinds=${kinds.slice(1).sort().join('%2C')}`);
    expect(log.errors).toEqual([]);
  });

  test('the reader page builds a snippet for its current view that works pasted into another site', async () => {
    const kind = 'talks';
    const { page: reader, log: readerLog } = await openTab(browser, { viewport: { width: 1280, height: 900 } });
    await reader.goto(`${site.origin}/?kinds=${kind}`);
    await reader.waitForSelector('conflict-timeline[data-drawn]');
    await reader.click('.embed-snippet summary');
    await reader.selectOption('.embed-snippet select[name="view"]', 'list');
    const snippet = await reader.inputValue('.embed-snippet textarea');
    expect(snippet).toContain(`${site.origin}/embed/?kinds=${kind}&amp;view=list`);
    expect(snippet).toContain(`${site.origin}/embed.js`);
    expect(readerLog.errors).toEqual([]);

    const { page, log } = await hostPage('pasted', snippet.replace('<iframe ', '<iframe id="g" '));
    const frame = await embedFrame(page, 'g');
    expect(await visibleIds(frame)).toEqual(data.events.filter((e) => e.kind === kind).map((e) => e.id));
    await expectFitted(page, frame, 'g');
    expect(log.errors).toEqual([]);
    expect(onlyOwnOrigins(log)).toEqual([]);
  });
});

describe('the loader touches only its own widgets', () => {
  const hostileFrames = () =>
    `<iframe id="ad" src="${thirdParty.origin}/ad.html" title="Advert" width="300" height="90"></iframe>` +
    `<iframe id="pixel" src="${thirdParty.origin}/ad.html" title="" width="1" height="1" style="height:1px"></iframe>` +
    `<iframe id="impostor" src="${thirdParty.origin}/ad.html" title="Impostor" height="200" data-conflict-timeline></iframe>`;

  test('third-party frames posting the height message keep their size, marked or not, while the embed is fitted', async () => {
    const { page, log } = await hostPage('hostile-frames', hostileFrames() + iframe('?view=list', 'h') + loader());
    const frame = await embedFrame(page, 'h');
    await expectFitted(page, frame, 'h');
    // Long enough for dozens of the hostile frames' messages.
    await page.waitForTimeout(500);
    expect(await page.$eval('#ad', (el) => el.getBoundingClientRect().height)).toBe(90 + 4);
    expect(await page.$eval('#pixel', (el) => el.getBoundingClientRect().height)).toBe(1 + 4);
    expect(await page.$eval('#impostor', (el) => el.getBoundingClientRect().height)).toBe(200 + 4);
    expect(log.errors).toEqual([]);
  });

  test('an element of the host page with id="conflictTimelineLoader" does not switch the loader off', async () => {
    const comment = '<div class="comment" id="conflictTimelineLoader">A reader\'s comment</div><form name="conflictTimelineLoader"></form>';
    const { page, log } = await hostPage('clobbered', comment + iframe('?view=list', 'i') + loader());
    const frame = await embedFrame(page, 'i');
    await expectFitted(page, frame, 'i');
    expect(log.errors).toEqual([]);
  });

  test('other pages of the site refuse to be framed by another site, as the headers written for hosts say', async () => {
    const { page, log } = await hostPage('framing', `<iframe id="reader" src="${site.origin}/" title="Reader"></iframe>${iframe('?view=list', 'k')}`);
    await embedFrame(page, 'k');
    await expect.poll(() => log.errors.join('\n')).toMatch(/Framing .* violates .*frame-ancestors 'self'.* blocked/);
    const reader = await (await page.waitForSelector('#reader')).contentFrame();
    expect(await reader!.$('conflict-timeline')).toBeNull();
  });

  test('the loader included twice acts once', async () => {
    const { page, log } = await hostPage('twice', iframe('?view=list', 'j') + loader() + loader());
    const frame = await embedFrame(page, 'j');
    await expectFitted(page, frame, 'j');
    expect(await page.evaluate(() => Object.getOwnPropertySymbols(window).map(String))).toEqual([expect.stringContaining('conflict-timeline-loader')]);
    expect(log.errors).toEqual([]);
  });
});
