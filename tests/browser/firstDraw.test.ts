import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { openPage } from '../../scripts/io/browser.ts';
import { KINDS } from '../../src/lib/ontology.ts';
import { DIRECT_MARKS } from '../../src/client/timeline/drawTimeline.ts';
import { readerPageWith } from '../helpers/readerPageWith.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const STATUSES = ['occurred', 'scheduled', 'claimed'] as const;

/**
 * The built reader page with `n` invented events over two years: every kind in every status,
 * some known only to a month, some approximate, some over several days.
 */
const readerPage = (n: number) =>
  readerPageWith(n, (i, day) => {
    const date = i % 13 === 0 ? day(i).slice(0, 7) : day(i);
    const end = i % 11 === 5 ? ` data-end="${day(Math.min(n - 1, i + 3))}"` : '';
    const approximate = i % 7 === 3 ? ' data-approximate' : '';
    const status = STATUSES[Math.floor(i / KINDS.length) % STATUSES.length];
    return `<li data-id="e${i}" data-date="${date}"${end}${approximate} data-kind="${KINDS[i % KINDS.length]}" data-status="${status}"><article aria-labelledby="title-e${i}"><h4 class="event-title" id="title-e${i}">Invented event ${i}</h4><p>Summary ${i}.</p></article></li>`;
  });

/**
 * Runs in the page before its scripts: counts the sprites made (each on an OffscreenCanvas of its
 * own) and, when the timeline first says it has drawn, keeps that count and the canvas's pixels.
 */
function watchFirstDraw(): void {
  const w = window as unknown as { __sprites: number; __first?: { sprites: number; pixels: Uint8ClampedArray }; OffscreenCanvas: typeof OffscreenCanvas };
  w.__sprites = 0;
  const Made = w.OffscreenCanvas;
  w.OffscreenCanvas = class extends Made {
    constructor(width: number, height: number) {
      super(width, height);
      w.__sprites++;
    }
  };
  const observer = new MutationObserver(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('conflict-timeline[data-drawn] canvas');
    if (!canvas || w.__first) return;
    observer.disconnect();
    w.__first = { sprites: w.__sprites, pixels: canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data };
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
}

/** Opens the reader page holding `n` invented events, watched from before its first draw. */
async function openWith(n: number): Promise<{ page: Page; errors: string[] }> {
  const html = await readerPage(n);
  const { page, log } = await openPage(site.browser, { viewport: { width: 1280, height: 900 }, deviceScaleFactor: 2 });
  await page.addInitScript(watchFirstDraw);
  await page.route(`${site.origin}/`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${site.origin}/`);
  await page.waitForSelector(`conflict-timeline[data-drawn="${n}"]`);
  return { page, errors: log.errors };
}

/**
 * Runs in the page before its scripts: keeps, as batches of mutation records, what the page's
 * scripts write to the page, each batch with the names of the attributes it changed.
 */
function watchWrites(): void {
  const batches: string[][] = [];
  (window as unknown as { __writes: string[][] }).__writes = batches;
  new MutationObserver((records) => {
    batches.push(records.map((r) => `${r.type} ${(r.target as Element).nodeName ?? ''} ${r.attributeName ?? ''}`));
  }).observe(document, { subtree: true, attributes: true, childList: true, characterData: true });
  // The timeline telling the page of its view: a task for whatever follows it.
  document.addEventListener('timeline-view', () => batches.push(['timeline-view']), true);
}

const marks = (page: Page) => page.$eval('conflict-timeline', (el) => (el as unknown as { canvas: { marks: unknown[] } }).canvas.marks.length);

const site = useBuiltSite();

describe('the timeline\'s first draw', { timeout: 30_000 }, () => {
  test('with few marks, makes no sprite before every event is drawn, makes them in idle time, and draws the same picture with them', async () => {
    const { page, errors } = await openWith(150);
    expect(await marks(page)).toBeLessThan(DIRECT_MARKS);
    expect(await page.evaluate(() => (window as unknown as { __first: { sprites: number } }).__first.sprites)).toBe(0);
    // Looks: each kind in each status, faded or not; one sprite each, made once the page is idle.
    await page.waitForFunction(() => (window as unknown as { __sprites: number }).__sprites > 0, undefined, { timeout: 5_000 });
    // They are made in idle slices of a few milliseconds: wait until a quarter of a second passes with none made.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const w = window as unknown as { __sprites: number };
          let last = w.__sprites;
          const check = () => {
            if (w.__sprites === last) resolve();
            else {
              last = w.__sprites;
              setTimeout(check, 250);
            }
          };
          setTimeout(check, 250);
        }),
    );
    const redrawn = await page.$eval('conflict-timeline', (el) => {
      const w = window as unknown as { __sprites: number; __first: { pixels: Uint8ClampedArray } };
      const made = w.__sprites;
      const canvas = el.querySelector('canvas')!;
      (el as unknown as { canvas: { draw(): void } }).canvas.draw();
      const now = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const first = w.__first.pixels;
      let differing = 0;
      let painted = 0;
      for (let i = 0; i < now.length; i += 4) {
        if (now[i + 3]! > 0) painted++;
        for (let c = 0; c < 4; c++) {
          if (Math.abs(now[i + c]! - first[i + c]!) > 32) {
            differing++;
            break;
          }
        }
      }
      return { sameSize: now.length === first.length, differing, painted, madeBefore: made, madeAfter: w.__sprites };
    });
    expect(redrawn.sameSize).toBe(true);
    expect(redrawn.painted).toBeGreaterThan(0);
    // The frame with sprites copies what the first frame drew as paths, pixel for pixel but for
    // anti-aliasing (the sprites' canvases rasterise edges a few levels of 255 apart); a mark
    // missing, moved by a pixel or cut differs by far more.
    expect(redrawn.differing).toBe(0);
    // It made no sprite of its own: idle time had made every one it needed.
    expect(redrawn.madeAfter).toBe(redrawn.madeBefore);
    expect(errors).toEqual([]);
  });

  test('writes nothing more to the reader page, and tells it of no view, once the task that drew it has ended', async () => {
    // A write after the first frame asks for a frame of its own while the page should be idle:
    // setting the embed snippet's preview link to the same address, when the timeline told of
    // its view a moment after it started, made the browser restyle and draw one; the telling
    // itself was a task of its own.
    const { page, log } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.addInitScript(watchWrites);
    await page.goto(`${site.origin}/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    // Past the 300 ms after which the timeline writes its view, and the idle tasks of its start.
    await page.waitForTimeout(1_500);
    const batches = await page.evaluate(() => (window as unknown as { __writes: string[][] }).__writes);
    const drawn = batches.findIndex((batch) => batch.some((record) => record.endsWith(' data-drawn')));
    expect(drawn).toBeGreaterThanOrEqual(0);
    expect(batches.slice(drawn + 1)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('still writes the view into an address that names it otherwise, as a story\'s link does', async () => {
    const { page, log } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/`);
    const id = await page.$eval('#event-list li[data-id]', (li) => li.getAttribute('data-id')!);
    // From the page to its own fragment the page stays; loaded again, the timeline starts on it.
    await page.goto(`${site.origin}/#event-${id}`);
    await page.reload();
    await page.waitForFunction(() => location.search.includes('event='), undefined, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('event')).toBe(id);
    expect(new URL(page.url()).hash).toBe('');
    expect(log.errors).toEqual([]);
  });

  test(`with ${DIRECT_MARKS} marks or more, makes its sprites in the first draw`, async () => {
    const { page, errors } = await openWith(3_000);
    expect(await marks(page)).toBeGreaterThanOrEqual(DIRECT_MARKS);
    expect(await page.evaluate(() => (window as unknown as { __first: { sprites: number } }).__first.sprites)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
