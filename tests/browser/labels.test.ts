import { mkdir, readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const site = useBuiltSite();

interface Label {
  id: string;
  text: string;
  full: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The titles the timeline drew, with the boxes the canvas measured for them (no pixels read). */
async function drawnLabels(page: Page, path: string): Promise<{ labels: Label[]; width: number }> {
  await page.goto(`${site.origin}${path}`);
  await page.waitForSelector('conflict-timeline[data-drawn]');
  await page.waitForTimeout(100);
  return page.$eval('conflict-timeline', (el) => ({
    labels: (el as unknown as { labels(): Label[] }).labels(),
    width: el.querySelector('canvas')!.getBoundingClientRect().width,
  }));
}

const overlaps = (a: Label, b: Label) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
/** Every pair of labels that overlap, and every label that crosses an edge, named. */
function collisions(labels: Label[], width: number): string[] {
  const found: string[] = [];
  labels.forEach((a, i) => {
    if (a.x < 0 || a.x + a.width > width) found.push(`${a.id} crosses an edge (${a.x.toFixed(1)}–${(a.x + a.width).toFixed(1)} of ${width})`);
    for (const b of labels.slice(i + 1)) if (overlaps(a, b)) found.push(`${a.id} overlaps ${b.id}`);
  });
  return found;
}
/** A shortened label is the start of its title, cut at a word's end, with an ellipsis. */
const isWholeOrCutAtAWord = (label: Label) =>
  label.text === label.full || (label.text.endsWith('…') && label.full.startsWith(label.text.slice(0, -1)) && /^[\s,;:–—-]/.test(label.full.slice(label.text.length - 1)));

interface Ring {
  id: string;
  x: number;
  y: number;
  reach: number;
}
/** The labels a selected mark's ring crosses: the ring's box (its line's outer edge) against each title's box. */
const underRing = (ring: Ring, labels: Label[]) =>
  labels.filter((l) => l.x < ring.x + ring.reach && ring.x - ring.reach < l.x + l.width && l.y < ring.y + ring.reach && ring.y - ring.reach < l.y + l.height).map((l) => `${ring.id}'s ring crosses ${l.id}'s title`);

describe('titles on the timeline, measured as the canvas drew them', () => {
  test.each(['/', '/th/', '/km/'])('on %s at 1280 px, the ring of a selected event crosses no title, its own included', async (path) => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await drawnLabels(page, path);
    await page.evaluate(() => document.fonts.ready);
    await page.focus('.viewport');
    const crossed: string[] = [];
    for (const event of data.events) {
      await page.keyboard.press('ArrowRight');
      // The ring is drawn in the next frame, not at the key press.
      const drawn = () => page.$eval('conflict-timeline', (el, id) => {
        const timeline = el as unknown as { labels(): Label[]; rings(): Ring[] };
        return { rings: timeline.rings().filter((r) => r.id === id), labels: timeline.labels() };
      }, event.id);
      await expect.poll(async () => (await drawn()).rings.length, { message: event.id }).toBe(1);
      const { rings, labels } = await drawn();
      crossed.push(...underRing(rings[0]!, labels));
    }
    expect(crossed).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('at 1280 px on the reader page every committed title is drawn whole, none over another', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    const { labels, width } = await drawnLabels(page, '/');
    expect(labels.map((l) => l.id).sort()).toEqual(data.events.map((e) => e.id).sort());
    for (const label of labels) expect(label.text, label.id).toBe(data.events.find((e) => e.id === label.id)!.title);
    expect(collisions(labels, width)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('at 700 px in the embed no two titles overlap, and each is whole or shortened with the full title shown and announced when its event is reached', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 700, height: 700 }, bypassCSP: true });
    const { labels, width } = await drawnLabels(page, '/embed/');
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/embed-700.png', fullPage: true });
    expect(labels.length).toBeGreaterThan(0);
    expect(collisions(labels, width)).toEqual([]);
    for (const label of labels) expect(isWholeOrCutAtAWord(label), `${label.id}: ${label.text}`).toBe(true);
    // Reach every event with the keyboard: its full title is in the tooltip and the announcement.
    await page.focus('.viewport');
    for (const event of data.events) {
      await page.keyboard.press('ArrowRight');
      expect(await page.textContent('.tooltip'), event.id).toContain(event.title);
      expect(await page.isVisible('.tooltip')).toBe(true);
      expect(await page.textContent('[data-role="announcer"]')).toContain(event.title);
    }
    expect(log.errors).toEqual([]);
  });

  test('at 360 px, with the timeline kept across the column, no title overlaps another or an edge', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 360, height: 740 } });
    const { labels, width } = await drawnLabels(page, '/embed/?view=timeline');
    expect(width).toBeLessThanOrEqual(360);
    expect(labels.length).toBeGreaterThan(0);
    expect(collisions(labels, width)).toEqual([]);
    for (const label of labels) expect(isWholeOrCutAtAWord(label), `${label.id}: ${label.text}`).toBe(true);
    // Zoomed in, titles are laid out afresh: still none collide.
    await page.focus('.viewport');
    for (let i = 0; i < 4; i++) await page.keyboard.press('+');
    await page.waitForTimeout(400);
    const zoomed = await page.$eval('conflict-timeline', (el) => (el as unknown as { labels(): Label[] }).labels());
    expect(collisions(zoomed, width)).toEqual([]);
    expect(log.errors).toEqual([]);
  });
});
