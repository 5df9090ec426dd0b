import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/ontology.ts';
import { openTab } from '../helpers/openTab.ts';
import { readerPageWith } from '../helpers/readerPageWith.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const N = 10_000;

/** The built reader page with `n` invented events spread over two years. */
const readerPage = (n: number) =>
  readerPageWith(n, (i, day) => {
    const date = i % 17 === 0 ? day(i).slice(0, 7) : day(i);
    return `<li data-id="e${i}" data-date="${date}" data-kind="${KINDS[i % KINDS.length]}" data-status="${i % 29 === 0 ? 'scheduled' : 'occurred'}" data-actors="Side ${i % 3}" data-sources="s${i % 5}.txt"><article aria-labelledby="title-e${i}"><h4 class="event-title" id="title-e${i}">Event ${i}</h4><p>Summary of event ${i}.</p></article></li>`;
  });

const site = useBuiltSite();

describe(`the timeline with ${N.toLocaleString('en')} events`, () => {
  // How fast the frames are is `npm run bench`'s to measure (its zoom-step budget at 10,000
  // events): a timing asserted here would fail whenever the machine is busy.
  test('draws every event, redraws through zooming in, panning and zooming out without an error, and shows every event again when fitted', async () => {
    const html = await readerPage(N);
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.route(`${site.origin}/`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto(`${site.origin}/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(Number(await page.getAttribute('conflict-timeline', 'data-drawn'))).toBe(N);

    await page.locator('.viewport canvas').scrollIntoViewIfNeeded();
    const box = (await page.locator('.viewport canvas').boundingBox())!;
    await page.$eval('conflict-timeline', (el) => ((el as unknown as { frameTimes: number[] }).frameTimes.length = 0));
    // Zoom in step by step to a few days, pan across, then zoom back out.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(30);
    }
    await page.mouse.move(box.x + box.width / 2, box.y + box.height - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 100, box.y + box.height - 10, { steps: 20 });
    await page.mouse.up();
    await page.focus('.viewport');
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('-');
      await page.waitForTimeout(40);
    }
    await page.waitForTimeout(300);

    const frames = await page.$eval('conflict-timeline', (el) => (el as unknown as { frameTimes: number[] }).frameTimes.length);
    expect(frames).toBeGreaterThan(20);
    await page.keyboard.press('0');
    await page.waitForTimeout(500);
    expect(Number(await page.getAttribute('conflict-timeline', 'data-drawn'))).toBe(N);
    expect(log.errors).toEqual([]);
  });
});
