import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DAY_MS } from '../../src/lib/dayMs.ts';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { type PageLog } from '../../scripts/io/browser.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const ids = data.events.map((e) => e.id);
const site = useBuiltSite();

/** Opens the reader page and waits for the timeline to draw. */
async function reader(query = '', options = {}): Promise<{ page: Page; log: PageLog }> {
  const opened = await openTab(site.browser, { viewport: { width: 1280, height: 900 }, ...options });
  await opened.page.goto(`${site.origin}/${query}`);
  await opened.page.waitForSelector('conflict-timeline[data-drawn]');
  return opened;
}

const visibleIds = (page: Page) => page.$$eval('#event-list li[data-id]:not([hidden])', (items) => items.map((li) => li.getAttribute('data-id')));
const drawn = (page: Page) => page.$eval('conflict-timeline', (el) => Number(el.getAttribute('data-drawn')));
const selectedTitle = (page: Page) => page.$eval('.details', (el) => ((el as HTMLElement).hidden ? null : el.querySelector('.event-title')?.textContent?.trim() ?? null));
const title = (id: string) => data.events.find((e) => e.id === id)!.title;

describe('the reader page in Chromium', () => {
  test('without JavaScript, lists every event with its quotes and says the timeline needs JavaScript', async () => {
    const { page, log } = await openTab(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}/`);
    expect(await page.$$eval('#event-list li[data-id]', (items) => items.map((li) => li.getAttribute('data-id')))).toEqual(ids);
    expect(await page.isVisible('.timeline-fallback')).toBe(true);
    expect(await page.isVisible('.timeline-ui')).toBe(false);
    expect(await page.$$eval('.citation blockquote', (q) => q.length)).toBe(data.events.reduce((n, e) => n + e.citations.length, 0));
    expect(log.errors).toEqual([]);
  });

  test('draws every event on the timeline and hides the fallback', async () => {
    const { page, log } = await reader();
    expect(await drawn(page)).toBe(data.events.length);
    expect(await page.isVisible('.timeline-fallback')).toBe(false);
    expect(await page.textContent('[data-role="count"]')).toBe(`Showing all ${data.events.length} events.`);
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
  });

  test('zooms with the keyboard, the buttons and the mouse wheel, and "Show all" fits everything again', async () => {
    const { page, log } = await reader();
    const range = () => page.textContent('[data-role="range"]');
    const span = async () => (await page.$eval('conflict-timeline', (el) => {
      const view = (el as unknown as { view: { from?: string; to?: string } }).view;
      return view.from && view.to ? Date.parse(view.to) - Date.parse(view.from) : Infinity;
    })) / DAY_MS;
    // The span once a zoom's transition has ended: two reads 100 ms apart agree.
    const steadySpan = async () => {
      let last = Number.NaN;
      await expect.poll(async () => {
        const previous = last;
        await page.waitForTimeout(100);
        last = await span();
        return last === previous;
      }).toBe(true);
      return last;
    };
    const before = await range();
    // Each step is awaited by its outcome, not by a fixed pause: a loaded machine draws late.
    await page.focus('.viewport');
    await page.keyboard.press('+');
    await expect.poll(span).toBeLessThan(Infinity);
    await expect.poll(range).not.toBe(before);
    const afterKey = await steadySpan();
    await page.click('button[data-zoom="in"]');
    await expect.poll(span).toBeLessThan(afterKey);
    await page.locator('.viewport canvas').scrollIntoViewIfNeeded();
    const box = await (await page.$('.viewport canvas'))!.boundingBox();
    await page.mouse.move(box!.x + 200, box!.y + 40);
    const beforeWheel = await steadySpan();
    await page.mouse.wheel(0, -400);
    await expect.poll(span).toBeLessThan(beforeWheel);
    await page.click('button[data-zoom="fit"]');
    await expect.poll(span).toBe(Infinity);
    await expect.poll(range).toBe(before);
    expect(log.errors).toEqual([]);
  });

  test('pans by dragging', async () => {
    const { page } = await reader();
    await page.click('button[data-zoom="in"]');
    await page.click('button[data-zoom="in"]');
    await page.waitForTimeout(400);
    const before = await page.textContent('[data-role="range"]');
    await page.locator('.viewport canvas').scrollIntoViewIfNeeded();
    const box = (await (await page.$('.viewport canvas'))!.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height - 10, { steps: 5 });
    await page.mouse.up();
    await page.waitForTimeout(200);
    expect(await page.textContent('[data-role="range"]')).not.toBe(before);
  });

  test('filters by kind: the list, the counts, the drawing and the URL follow', async () => {
    const { page, log } = await reader();
    const talks = data.events.filter((e) => e.kind === 'talks').map((e) => e.id);
    await page.uncheck('input[name="kind"][value="talks"]');
    await expect.poll(() => visibleIds(page)).toEqual(ids.filter((id) => !talks.includes(id)));
    expect(await page.textContent('[data-role="count"]')).toBe(`Showing ${ids.length - talks.length} of ${ids.length} events.`);
    await page.waitForTimeout(100);
    expect(await drawn(page)).toBe(ids.length - talks.length);
    // The history entry is written when the page is next idle, after the frame that shows the change.
    await page.waitForURL(/[?&]kinds=/, { timeout: 2_000 });
    const kinds = new URL(page.url()).searchParams.get('kinds')!.split(',');
    expect(kinds).not.toContain('talks');
    expect(kinds).toContain('fighting');
    expect(log.errors).toEqual([]);
  });

  test('a filter change shows in the count and the next frame at once, and in the list once the page is idle', async () => {
    const { page, log } = await reader();
    const talks = data.events.filter((e) => e.kind === 'talks').length;
    const seen = await page.$eval('conflict-timeline', async (el) => {
      const shown = () => document.querySelectorAll('#event-list li[data-id]:not([hidden])').length;
      el.querySelector<HTMLInputElement>('input[name="kind"][value="talks"]')!.click();
      const atClick = { count: el.querySelector('[data-role="count"]')!.textContent, listed: shown() };
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const drawn = Number(el.getAttribute('data-drawn'));
      await new Promise((resolve) => requestIdleCallback(resolve));
      await new Promise((resolve) => setTimeout(resolve, 150));
      return { atClick, drawn, listed: shown() };
    });
    expect(seen.atClick.count).toBe(`Showing ${ids.length - talks} of ${ids.length} events.`);
    // The list is rewritten after the frame: at the click it still shows every event.
    expect(seen.atClick.listed).toBe(ids.length);
    expect(seen.drawn).toBe(ids.length - talks);
    expect(seen.listed).toBe(ids.length - talks);
    expect(log.errors).toEqual([]);
  });

  test('filters by actor and by source', async () => {
    const { page } = await reader();
    await page.selectOption('select[name="actor"]', 'Cambodia');
    await expect.poll(() => visibleIds(page)).toEqual(data.events.filter((e) => e.actors.includes('Cambodia')).map((e) => e.id));
    await page.selectOption('select[name="actor"]', '');
    const source = data.sources[1]!.file;
    await page.selectOption('select[name="source"]', source);
    await expect.poll(() => visibleIds(page)).toEqual(data.events.filter((e) => e.citations.some((c) => c.source === source)).map((e) => e.id));
  });

  test('searches titles, summaries and quotes, and says when nothing matches', async () => {
    const { page } = await reader();
    await page.fill('input[name="q"]', 'Kuala Lumpur');
    await page.waitForTimeout(250);
    const expected = data.events
      .filter((e) => [e.title, e.summary, ...e.citations.map((c) => c.quote)].join(' ').toLowerCase().includes('kuala lumpur'))
      .map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => visibleIds(page)).toEqual(expected);
    await page.fill('input[name="q"]', 'no such words anywhere');
    await page.waitForTimeout(250);
    await expect.poll(() => visibleIds(page)).toEqual([]);
    expect(await page.isVisible('[data-role="empty"]')).toBe(true);
  });

  test('moves between events with the arrow keys, opens with Enter and closes with Esc', async () => {
    const { page, log } = await reader();
    await page.focus('.viewport');
    await page.keyboard.press('ArrowRight');
    expect(await selectedTitle(page)).toBe(title(ids[0]!));
    await page.keyboard.press('ArrowRight');
    expect(await selectedTitle(page)).toBe(title(ids[1]!));
    expect(await page.textContent('[data-role="announcer"]')).toBe(`${title(ids[1]!)}. Event 2 of ${ids.length}.`);
    await page.keyboard.press('End');
    expect(await selectedTitle(page)).toBe(title(ids.at(-1)!));
    await page.keyboard.press('ArrowLeft');
    expect(await selectedTitle(page)).toBe(title(ids.at(-2)!));
    expect(new URL(page.url()).searchParams.get('event')).toBe(ids.at(-2));
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.closest('.details') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await selectedTitle(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('viewport'))).toBe(true);
    expect(log.errors).toEqual([]);
  });

  test('taken out of the page and put back, wires itself once: a key press moves one event, a filter change draws once', async () => {
    const { page, log } = await reader();
    await page.evaluate(() => {
      const el = document.querySelector('conflict-timeline')!;
      const parent = el.parentElement!;
      const next = el.nextSibling;
      el.remove();
      parent.insertBefore(el, next);
    });
    await page.focus('.viewport');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await selectedTitle(page)).toBe(title(ids[1]!));
    const frames = await page.$eval('conflict-timeline', async (el) => {
      const times = (el as unknown as { frameTimes: number[] }).frameTimes;
      times.length = 0;
      el.querySelector<HTMLInputElement>('input[name="kind"]')!.click();
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      return times.length;
    });
    expect(frames).toBe(1);
    expect(log.errors).toEqual([]);
  });

  test('opens the event whose mark is clicked, for every event on the timeline', async () => {
    const { page, log } = await reader();
    const canvas = page.locator('.viewport canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    for (const event of data.events) {
      // Where the element drew this event's mark; the click must land on it and open it.
      const at = await page.$eval('conflict-timeline', (el, id) => (el as unknown as { markPosition(id: string): { x: number; y: number } | undefined }).markPosition(id), event.id);
      expect(at, event.id).toBeDefined();
      await page.mouse.move(box.x + at!.x, box.y + at!.y);
      expect(await canvas.evaluate((c) => (c as HTMLElement).style.cursor), event.id).toBe('pointer');
      await page.mouse.click(box.x + at!.x, box.y + at!.y);
      expect(await selectedTitle(page), event.id).toBe(event.title);
      expect(new URL(page.url()).searchParams.get('event')).toBe(event.id);
    }
    expect(log.errors).toEqual([]);
  });

  test('restores a shared view from the URL: filters, selected event and range', async () => {
    const target = data.events.find((e) => e.kind === 'fighting')!;
    const { page, log } = await reader(`?kinds=fighting&event=${target.id}&from=2025-06-01&to=2025-12-31`);
    expect(await visibleIds(page)).toEqual(data.events.filter((e) => e.kind === 'fighting').map((e) => e.id));
    expect(await selectedTitle(page)).toBe(target.title);
    expect(await page.isChecked('input[name="kind"][value="talks"]')).toBe(false);
    expect(await page.textContent('[data-role="range"]')).toBe('1 Jun 2025 – 31 Dec 2025');
    expect(log.errors).toEqual([]);
  });

  test('ignores malformed options in the URL with a warning, never showing them', async () => {
    const { page, log } = await openTab(site.browser);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(`${site.origin}/?kinds=<script>alert(1)</script>&event=nope&from=2025-02-30`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(await visibleIds(page)).toEqual(ids);
    expect(warnings.join('\n')).toMatch(/invalid kinds/);
    expect(warnings.join('\n')).toMatch(/invalid event/);
    expect(warnings.join('\n')).toMatch(/invalid from/);
    expect(await page.content()).not.toContain('<script>alert(1)</script>');
    expect(log.errors).toEqual([]);
  });

  test('goes back and forward through selections', async () => {
    const { page } = await reader();
    await page.focus('.viewport');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    expect(await selectedTitle(page)).toBe(title(ids[1]!));
    await page.goBack();
    await page.waitForFunction((t) => document.querySelector('.details .event-title')?.textContent?.trim() === t, title(ids[0]!));
    await page.goForward();
    await page.waitForFunction((t) => document.querySelector('.details .event-title')?.textContent?.trim() === t, title(ids[1]!));
  });

  test('works at phone width and in the dark scheme, and the screenshots are kept for review', async () => {
    await mkdir('test-results', { recursive: true });
    for (const [name, viewport, colorScheme] of [['phone', { width: 360, height: 800 }, 'light'], ['desktop', { width: 1280, height: 900 }, 'light'], ['desktop-dark', { width: 1280, height: 900 }, 'dark']] as const) {
      const { page, log } = await reader('', { viewport, colorScheme, bypassCSP: true });
      // Render the whole list, as a reader scrolling it would see it; a full-page screenshot
      // otherwise shows the off-screen events (content-visibility: auto) as blank space.
      await page.addStyleTag({ content: '.months > .month, .months .event-item { content-visibility: visible !important; }' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} has no horizontal scroll`).toBeLessThanOrEqual(0);
      expect(await drawn(page)).toBe(ids.length);
      // The dark scheme changes colours only, which its first screen shows; the light ones show
      // the whole page (a full-page picture of every event costs seconds to encode).
      await page.screenshot({ path: `test-results/reader-${name}.png`, fullPage: colorScheme === 'light' });
      expect(log.errors).toEqual([]);
    }
  });

  test('prints as the list: every event and quote, without the timeline, the navigation or the embed panel', async () => {
    const { page } = await reader();
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('conflict-timeline')).toBe(false);
    expect(await page.isVisible('.embed-snippet')).toBe(false);
    expect(await page.isVisible('.site-header nav')).toBe(false);
    const shown = await page.$$eval('#event-list li[data-id]', (items) => items.filter((li) => getComputedStyle(li).contentVisibility === 'visible' && li.checkVisibility()).length);
    expect(shown).toBe(ids.length);
    const quotes = await page.$$eval('#event-list .citation blockquote', (qs) => qs.filter((q) => q.checkVisibility()).length);
    expect(quotes).toBe(data.events.reduce((n, e) => n + e.citations.length, 0));
  });
});
