import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const site = useBuiltSite();

/** The texts of a passage's marked runs and whether each is targeted: the runs whose offsets lie inside the anchor's. */
const passageRuns = (page: Page, anchor: string) =>
  page.$$eval('mark[data-start]', (marks, id) => {
    const [start, end] = id.split('-').slice(1).map(Number) as [number, number];
    return marks
      .filter((m) => Number(m.getAttribute('data-start')) >= start && Number(m.getAttribute('data-end')) <= end)
      .map((m) => ({ text: m.textContent ?? '', targeted: m.hasAttribute('data-target') }));
  }, anchor);

/** Whether the element matching `selector` lies, at least in part, inside the window. */
const inView = (page: Page, selector: string) =>
  page.$eval(selector, (el) => {
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
  });

describe('the source pages in Chromium', () => {
  test('clicking a citation on the reader page lands on its passage, targeted, outlined and in view', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    // The last citation of the list points furthest down its article, so landing there needs a scroll.
    const item = page.locator('#event-list li[data-id]').last();
    const link = item.locator('.citation figcaption a').last();
    const href = (await link.getAttribute('href'))!;
    const quote = (await item.locator('.citation blockquote').last().textContent())!.replace(/\s+/g, ' ').trim();
    await link.click();
    await page.waitForURL(`**${href}`);

    const anchor = new URL(href, site.origin).hash.slice(1);
    expect(await page.$eval(':target', (el) => el.id)).toBe(anchor);
    expect(await inView(page, ':target')).toBe(true);
    const runs = await passageRuns(page, anchor);
    expect(runs.map((r) => r.text).join('').replace(/\s+/g, ' ').trim()).toBe(quote);
    await expect.poll(async () => (await passageRuns(page, anchor)).every((r) => r.targeted)).toBe(true);
    expect(await page.$eval(`#${anchor}`, (el) => getComputedStyle(el.closest('mark')!).outlineStyle)).toBe('solid');
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
  });

  test('following another passage of the same page moves the highlight to it', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/sources/`);
    await page.locator('.source-list h2 a').first().click();
    const links = page.locator('.citing .quoted a');
    const [first, second] = [await links.nth(0).getAttribute('href'), await links.nth(1).getAttribute('href')];
    await links.nth(0).click();
    await expect.poll(async () => (await passageRuns(page, first!.slice(1))).every((r) => r.targeted)).toBe(true);
    await links.nth(1).click();
    await expect.poll(async () => (await passageRuns(page, second!.slice(1))).every((r) => r.targeted)).toBe(true);
    // Only the second passage's runs stay targeted.
    const targeted = await page.$$eval('mark[data-target]', (marks) => marks.length);
    expect(targeted).toBe((await passageRuns(page, second!.slice(1))).length);
    expect(log.errors).toEqual([]);
  });

  for (const [name, viewport, colorScheme] of [['a 360px phone, light', { width: 360, height: 740 }, 'light'], ['a desktop, dark', { width: 1280, height: 900 }, 'dark']] as const) {
    test(`on ${name}: no sideways scrolling, and the targeted passage stands out from other marks`, async () => {
      const { page, log } = await openTab(site.browser, { viewport, colorScheme });
      await page.goto(`${site.origin}/sources/`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      const href = (await page.locator('.source-list h2 a').last().getAttribute('href'))!;
      await page.goto(`${site.origin}${href}`);
      const target = (await page.locator('.citing .quoted a').last().getAttribute('href'))!;
      await page.goto(`${site.origin}${href}${target}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      expect(await inView(page, ':target')).toBe(true);
      const colours = await page.evaluate((id) => {
        const [start, end] = id.split('-').slice(1).map(Number) as [number, number];
        const other = [...document.querySelectorAll('mark[data-start]')].find((m) => Number(m.getAttribute('data-start')) >= end || Number(m.getAttribute('data-end')) <= start);
        const targeted = document.getElementById(id)!.closest('mark')!;
        return { other: other && getComputedStyle(other).backgroundColor, targeted: getComputedStyle(targeted).backgroundColor, text: getComputedStyle(targeted).color };
      }, target.slice(1));
      expect(colours.targeted).not.toBe(colours.other);
      // The mark tokens follow the colour scheme: light text on the dark scheme's darker highlight.
      const lightness = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
      expect(lightness(colours.text) > lightness(colours.targeted)).toBe(colorScheme === 'dark');
      expect(log.errors).toEqual([]);
    });
  }
});
