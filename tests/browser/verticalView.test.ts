import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { type PageLog } from '../../scripts/io/browser.ts';
import { openTab } from '../helpers/openTab.ts';
import { renderWholePage } from '../helpers/renderWholePage.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const ids = data.events.map((e) => e.id);
const AXE = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const site = useBuiltSite();

const PLACES = [
  { name: 'the reader page at 360 px', path: '/', list: 'event-list', viewport: { width: 360, height: 740 } },
  { name: 'the embed at 320 px, asked for the vertical view', path: '/embed/?view=vertical', list: 'embed-list', viewport: { width: 320, height: 600 } },
  { name: 'the embed at 320 px, left to choose', path: '/embed/', list: 'embed-list', viewport: { width: 320, height: 600 } },
] as const;

async function open(path: string, viewport: { width: number; height: number }, javaScriptEnabled = true): Promise<{ page: Page; log: PageLog }> {
  const opened = await openTab(site.browser, { viewport, javaScriptEnabled, bypassCSP: true });
  await opened.page.goto(`${site.origin}${path}`);
  if (javaScriptEnabled) await opened.page.waitForSelector('conflict-timeline[data-drawn]');
  return opened;
}

const sideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** The ids of the entries whose story (the card) is shown. */
const openStories = (page: Page, list: string) =>
  page.$$eval(`#${list} li[data-id]`, (items) => items.filter((li) => li.querySelector(':scope > .event')!.checkVisibility()).map((li) => li.getAttribute('data-id')));
const focusedEntry = (page: Page) => page.evaluate(() => document.activeElement?.closest('li[data-id]')?.getAttribute('data-id') ?? null);
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
}

describe('the vertical timeline and its stories', () => {
  for (const place of PLACES) {
    test(`${place.name}: runs down the page, one line per event, with no sideways scroll and no axe violation`, async () => {
      const { page, log } = await open(place.path, place.viewport);
      expect(await page.getAttribute('conflict-timeline', 'data-mode')).toBe('vertical');
      expect(await page.isVisible('.viewport')).toBe(false);
      const lines = await page.$$eval(`#${place.list} .story-line`, (links) => links.map((a) => ({ visible: a.checkVisibility(), text: a.textContent!.replace(/\s+/g, ' ').trim() })));
      expect(lines.map((l) => l.visible)).toEqual(ids.map(() => true));
      for (const [i, event] of data.events.entries()) expect(lines[i]!.text).toContain(event.title);
      expect(await openStories(page, place.list)).toEqual([]);
      // Each line's day is painted: an item with content-visibility: auto paints nothing outside
      // its own box, so the day column must lie inside it.
      const outside = await page.$$eval(`#${place.list} .story-line time`, (times) => times.filter((time) => {
        const [t, item] = [time.getBoundingClientRect(), time.closest('li[data-id]')!.getBoundingClientRect()];
        return t.width === 0 || t.left < item.left || t.right > item.right || t.top < item.top || t.bottom > item.bottom;
      }).map((time) => time.textContent));
      expect(outside).toEqual([]);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      expect(await axeViolations(page)).toEqual([]);
      expect(log.errors).toEqual([]);
    });

    test(`${place.name}: the keyboard goes through the stories, one open at a time`, async () => {
      const { page, log } = await open(place.path, place.viewport);
      const first = page.locator(`#${place.list} .story-line`).first();
      await first.focus();
      await page.keyboard.press('Enter');
      expect(await openStories(page, place.list)).toEqual([ids[0]]);
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('ArrowDown');
      expect(await openStories(page, place.list)).toEqual([ids[1]]);
      expect(await focusedEntry(page)).toBe(ids[1]);
      expect(await page.textContent('[data-role="announcer"]')).toBe(`${data.events[1]!.title}. Event 2 of ${ids.length}.`);
      // Tab through the open story to its Next link, and follow it.
      for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.getAttribute('rel') === 'next')); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      expect(await openStories(page, place.list)).toEqual([ids[2]]);
      expect(await focusedEntry(page)).toBe(ids[2]);
      await page.keyboard.press('ArrowUp');
      expect(await openStories(page, place.list)).toEqual([ids[1]]);
      await page.keyboard.press('Escape');
      expect(await openStories(page, place.list)).toEqual([]);
      expect(await focusedEntry(page)).toBe(ids[1]);
      expect(await sideways(page)).toBeLessThanOrEqual(0);
      expect(log.errors).toEqual([]);
    });
  }

  test('leaves more room between entries the longer the time between them, compressed', async () => {
    const { page } = await open('/', { width: 360, height: 740 });
    const gaps = await page.$$eval('#event-list li[data-id]', (items) => items.map((li) => [Number(li.getAttribute('data-gap')), parseFloat(getComputedStyle(li).marginTop)]));
    const byStep = new Map(gaps.map(([step, margin]) => [step, margin]));
    const steps = [...byStep.keys()].sort((a, b) => a! - b!);
    expect(steps.length).toBeGreaterThan(2);
    for (let i = 1; i < steps.length; i++) expect(byStep.get(steps[i]!)!).toBeGreaterThan(byStep.get(steps[i - 1]!)!);
  });

  test('a filter hides entries and the room between those left follows the time between them', async () => {
    const { page } = await open('/?kinds=talks', { width: 360, height: 740 });
    const shown = await page.$$eval('#event-list li[data-id]:not([hidden])', (items) => items.map((li) => [li.getAttribute('data-id'), li.getAttribute('data-gap')]));
    expect(shown.map(([id]) => id)).toEqual(data.events.filter((e) => e.kind === 'talks').map((e) => e.id));
    expect(shown[0]![1]).toBe('0');
  });

  // Lighthouse's phone (412 px) and a narrow column asked for the vertical view.
  test.each([
    ['/embed/', 412, 823],
    ['/embed/?view=vertical', 320, 600],
  ])('the embed at %s, %i px wide, is painted first as the script will leave it: nothing shifts', async (path, width, height) => {
    const { page, log } = await openTab(site.browser, { viewport: { width, height } });
    await page.goto(`${site.origin}${path}`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await page.waitForTimeout(300);
    // Every shift since the page began: the browser keeps them in its buffer for a late observer.
    const total = await page.evaluate(() => new Promise<number>((resolve) => {
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries().reduce((sum, entry) => sum + (entry as unknown as { value: number }).value, 0));
      }).observe({ type: 'layout-shift', buffered: true });
      // With no shift at all the observer is never called.
      setTimeout(() => resolve(0), 200);
    }));
    // The fallback note giving way to the controls once cost 0.3 here; the entries of the first
    // screen, laid out at their placeholder height a frame before their own, 0.010.
    expect(total).toBe(0);
    expect(log.errors).toEqual([]);
  });

  test('a link into the embed opens that event\'s story', async () => {
    const event = data.events[3]!;
    const { page, log } = await open(`/embed/?view=vertical&event=${event.id}`, { width: 320, height: 600 });
    expect(await openStories(page, 'embed-list')).toEqual([event.id]);
    const { page: hashed } = await open(`/embed/?view=vertical#event-${event.id}`, { width: 320, height: 600 });
    expect(await openStories(hashed, 'embed-list')).toEqual([event.id]);
    expect(log.errors).toEqual([]);
  });

  test('without JavaScript, at 320 px, an entry opens as the link\'s target and Previous and Next move through the stories', async () => {
    const event = data.events[2]!;
    const { page, log } = await open(`/embed/#event-${event.id}`, { width: 320, height: 600 }, false);
    expect(await openStories(page, 'embed-list')).toEqual([event.id]);
    await page.click(`#event-${event.id} .story-nav a[rel="next"]`);
    expect(await openStories(page, 'embed-list')).toEqual([ids[3]]);
    await page.click(`#event-${ids[3]} .story-nav a[rel="prev"]`);
    expect(await openStories(page, 'embed-list')).toEqual([event.id]);
    await page.click(`#event-${ids[0]} .story-line`);
    expect(await openStories(page, 'embed-list')).toEqual([ids[0]]);
    expect(page.url()).toContain('/embed/#event-');
    expect(await sideways(page)).toBeLessThanOrEqual(0);
    expect(log.errors).toEqual([]);
  });

  test('the reader page at 360 px counts every event without laying out or drawing its unseen canvas, and draws them all once wide', async () => {
    const { page, log } = await open('/', { width: 360, height: 740 });
    type Drawn = { drawn: number; frameTimes: number[]; labels(): unknown[] };
    const canvas = () => page.$eval('conflict-timeline', (el) => ({ drawn: (el as unknown as Drawn).drawn, frames: (el as unknown as Drawn).frameTimes.length, labels: (el as unknown as Drawn).labels().length }));
    expect(await page.getAttribute('conflict-timeline', 'data-drawn')).toBe(String(ids.length));
    expect(await canvas()).toEqual({ drawn: ids.length, frames: 0, labels: 0 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.waitForFunction(() => document.querySelector('conflict-timeline')?.getAttribute('data-mode') === 'timeline');
    await expect.poll(async () => (await canvas()).labels).toBe(ids.length);
    expect((await canvas()).drawn).toBe(ids.length);
    expect(log.errors).toEqual([]);
  });

  test('the phone screenshot is kept for review, a story open', async () => {
    await mkdir('test-results', { recursive: true });
    const { page } = await open(`/?event=${ids[3]}`, { width: 360, height: 800 });
    await renderWholePage(page);
    await page.screenshot({ path: 'test-results/vertical-phone.png', fullPage: true });
    expect(await openStories(page, 'event-list')).toEqual([ids[3]]);
  });
});
