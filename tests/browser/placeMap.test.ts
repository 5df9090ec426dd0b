import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { mapPlaces } from '../../src/lib/geo/mapPlaces.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';
import { whenIdle } from '../helpers/whenIdle.ts';

const AXE = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const { places } = mapPlaces(data.events);
const site = useBuiltSite();

// Seen by a reader: neither out of the layout nor invisible (the list collapses filtered entries with visibility: hidden, see EventList.css).
const visibleIds = (page: Page, list: string) => page.$$eval(`#${list} li[data-id]`, (items) => items.filter((li) => li.checkVisibility({ visibilityProperty: true })).map((li) => li.getAttribute('data-id')));
const placeLink = (name: string, size = 'wide', scope = '#map') => `${scope} .chart-${size} svg a[aria-label^="${name}:"]`;

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  });
}

describe('the locator map in Chromium', () => {
  test('has a place to choose', () => {
    // The committed data must give the map something to show, or the tests below prove nothing.
    expect(places.length).toBeGreaterThan(0);
  });

  test('clicking a place shows only its events in the timeline and the list, with ?places= in the address; Back shows all again', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    const place = places[0]!;
    expect(await visibleIds(page, 'event-list')).toHaveLength(data.events.length);
    await page.click(placeLink(place.name));
    expect(new URL(page.url()).searchParams.get('places')).toBe(place.name);
    await expect.poll(() => visibleIds(page, 'event-list')).toEqual(place.events.map((e) => e.id));
    expect(await page.$eval('select[name="place"]', (s) => (s as HTMLSelectElement).value)).toBe(place.name);
    expect(await page.getAttribute(placeLink(place.name), 'aria-current')).toBe('true');
    await page.goBack();
    await page.waitForFunction((n) => document.querySelectorAll('#event-list li[data-id]:not([hidden])').length === n, data.events.length);
    expect(new URL(page.url()).searchParams.has('places')).toBe(false);
    expect(await page.getAttribute(placeLink(place.name), 'aria-current')).toBeNull();
    await page.goForward();
    await page.waitForFunction((n) => document.querySelectorAll('#event-list li[data-id]:not([hidden])').length === n, place.events.length);
    expect(log.errors).toEqual([]);
  });

  test('a link to ?places= opens filtered, and focusing a place shows its events beside it', async () => {
    const { page } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    const place = places[0]!;
    await page.goto(`${site.origin}/?places=${encodeURIComponent(place.name)}`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(await visibleIds(page, 'event-list')).toEqual(place.events.map((e) => e.id));
    await page.focus(placeLink(place.name));
    expect(await page.isVisible('#map .map-popup')).toBe(true);
    expect(await page.textContent('#map .map-popup')).toContain(place.events[0]!.title);
  });

  test('reaches every place with the keyboard, each link named with its place and number of events', async () => {
    const { page } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    const names = await page.$$eval('#map :is(.chart-wide, .map-inset) svg a', (links) => links.map((a) => [a.getAttribute('aria-label'), (a as unknown as SVGAElement).tabIndex]));
    expect(names.map(([n]) => n).sort()).toEqual(places.map((p) => `${p.name}: ${p.events.length} ${p.events.length === 1 ? 'event' : 'events'}`).sort());
    await page.focus('#map-heading');
    const reached: string[] = [];
    for (let i = 0; i < 20 && reached.length < places.length; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.closest('#map svg a')?.getAttribute('aria-label'));
      if (label) reached.push(label);
    }
    expect(reached).toHaveLength(places.length);
  });

  test('without JavaScript, the map and its table are complete, each place linking to its row', async () => {
    const { page } = await openTab(site.browser, { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    expect(await page.isVisible('#map .chart-wide svg')).toBe(true);
    const rows = await page.$$eval('#map .map-data tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-place')));
    expect(rows).toEqual(places.map((p) => p.name));
    await page.click(placeLink(places[0]!.name));
    expect(new URL(page.url()).hash).toMatch(/^#place-/);
  });

  for (const scheme of ['light', 'dark'] as const) {
    // The reader page, map and all, is checked by pageQuality.test.ts in both schemes; the embed's
    // map shows only with view=map, and the event page it checks may be one without a place.
    test(`the map embed and an event page with a locator have no axe violations in the ${scheme} scheme, and ask nothing of another origin`, async () => {
      const placed = places[0]!.events[0]!.id;
      for (const path of ['/embed/?view=map', `/events/${placed}/`]) {
        const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
        await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
        await whenIdle(page);
        await page.waitForTimeout(150);
        expect(await page.$$eval('svg a[aria-label]', (a) => a.length), path).toBeGreaterThan(0);
        expect(await axeViolations(page), path).toEqual([]);
        expect(log.errors, path).toEqual([]);
        expect(log.requests.filter((url) => !url.startsWith(site.origin)), path).toEqual([]);
      }
    });
  }

  test('at 360 px the pages with a map do not scroll sideways, and the phone drawing is the one shown', async () => {
    for (const path of ['/', '/embed/?view=map', `/events/${places[0]!.events[0]!.id}/`]) {
      const { page } = await openTab(site.browser, { viewport: { width: 360, height: 800 } });
      await page.goto(`${site.origin}${path}`);
      await page.waitForTimeout(200);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      if (path !== `/events/${places[0]!.events[0]!.id}/`) {
        expect(await page.isVisible(`${path.startsWith('/embed') ? '#embed-map' : '#map'} .chart-narrow svg`), path).toBe(true);
        expect(await page.isVisible(`${path.startsWith('/embed') ? '#embed-map' : '#map'} .chart-wide svg`), path).toBe(false);
      }
    }
  });

  test('in the embed with view=map, a place shows only its events in the list and leaves the address alone', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 700, height: 900 } });
    await page.goto(`${site.origin}/embed/?view=map`);
    await page.waitForSelector('#embed-map');
    expect(await page.isVisible('#embed-map')).toBe(true);
    const place = places[0]!;
    await page.click(placeLink(place.name, 'wide', '#embed-map'));
    await expect.poll(() => visibleIds(page, 'embed-list')).toEqual(place.events.map((e) => e.id));
    expect(page.url()).toBe(`${site.origin}/embed/?view=map`);
    expect(log.errors).toEqual([]);
  });

  test('the embed shows no map unless asked for it', async () => {
    const { page } = await openTab(site.browser, { viewport: { width: 700, height: 900 } });
    await page.goto(`${site.origin}/embed/`);
    await page.waitForTimeout(200);
    expect(await page.isVisible('#embed-map')).toBe(false);
  });
});
