// The timeline's script formats dates in the reader's browser; it must show the days the sources
// give in any zone. The same pages, opened in Chromium under a zone west of UTC and under one far
// east of it, must read the same, tooltips included.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { precisionOf } from '../../src/lib/partialDate.ts';
import { BUILD_ZONE, OTHER_ZONE } from '../setup/zones.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const site = useBuiltSite();

/** What a reader sees of a page in a zone: its zone as the browser reports it, its text, and the tooltip of the selected event's mark. */
async function read(path: string, timezoneId: string, id: string) {
  const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 }, timezoneId });
  await page.goto(`${site.origin}${path}`);
  await page.waitForSelector('conflict-timeline[data-drawn]');
  const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
  const tooltip = await hoverMark(page, id);
  // Hovering scrolls the canvas into view; the list's months (content-visibility: auto) are laid
  // out again in the frames after, and innerText reads only what is laid out.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const text = await page.evaluate(() => document.body.innerText);
  expect(log.errors).toEqual([]);
  return { zone, text, tooltip };
}

/** Hovers an event's mark and returns the tooltip it shows. */
async function hoverMark(page: Page, id: string): Promise<string | null> {
  const canvas = page.locator('.viewport canvas');
  await canvas.scrollIntoViewIfNeeded();
  const box = (await canvas.boundingBox())!;
  const at = await page.$eval('conflict-timeline', (el, id) => (el as unknown as { markPosition(id: string): { x: number; y: number } | undefined }).markPosition(id), id);
  if (!at) return null;
  await page.mouse.move(box.x + at.x, box.y + at.y);
  return page.textContent('.tooltip');
}

describe(`the reader page and the embed, in Chromium under ${OTHER_ZONE} and ${BUILD_ZONE}`, () => {
  const event = data.events.find((e) => precisionOf(e.date) === 'day')!;
  test.each([`/?event=${event.id}&from=2025-06-01&to=2025-12-31`, `/embed/?event=${event.id}`])('%s reads the same in both zones', async (path) => {
    const west = await read(path, BUILD_ZONE, event.id);
    const east = await read(path, OTHER_ZONE, event.id);
    expect([west.zone, east.zone]).toEqual([BUILD_ZONE, OTHER_ZONE]);
    expect(east.tooltip).toBe(west.tooltip);
    expect(east.text).toBe(west.text);
    // The day itself, written out: the tooltip names the event's day as the data gives it.
    const [year, month, day] = event.date.split('-').map(Number) as [number, number, number];
    expect(west.tooltip).toContain(`${day} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'][month - 1]} ${year}`);
  });
});
