import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { openPage } from '../../scripts/io/browser.ts';
import { KINDS } from '../../src/lib/ontology.ts';
import { useBuiltSite } from '../helpers/builtSite.ts';

const N = 10_000;
const FRAME_BUDGET_MS = 16;

/** The built reader page with its event list replaced by `n` synthetic events spread over two years. */
async function readerPageWith(n: number): Promise<string> {
  const { document } = parseHTML(await readFile('dist/index.html', 'utf8'));
  const list = document.getElementById('event-list')!;
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + Math.floor((i * 730) / n) * 86_400_000).toISOString().slice(0, 10);
  const items: string[] = [];
  for (let i = 0; i < n; i++) {
    const date = i % 17 === 0 ? day(i).slice(0, 7) : day(i);
    items.push(`<li data-id="e${i}" data-date="${date}" data-kind="${KINDS[i % KINDS.length]}" data-status="${i % 29 === 0 ? 'scheduled' : 'occurred'}" data-actors="Side ${i % 3}" data-sources="s${i % 5}.txt"><article aria-labelledby="title-e${i}"><h4 class="event-title" id="title-e${i}">Event ${i}</h4><p>Summary of event ${i}.</p></article></li>`);
  }
  list.innerHTML = `<li class="month"><h3 class="month-heading">All</h3><ol class="events">${items.join('')}</ol></li>`;
  return document.toString();
}

const site = useBuiltSite();

describe(`the timeline with ${N.toLocaleString('en')} events`, { timeout: 60_000 }, () => {
  test(`draws every event and keeps zoom and pan frames under ${FRAME_BUDGET_MS} ms`, async () => {
    const html = await readerPageWith(N);
    const { page, log } = await openPage(site.browser, { viewport: { width: 1280, height: 900 } });
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

    const times = await page.$eval('conflict-timeline', (el) => [...(el as unknown as { frameTimes: number[] }).frameTimes]);
    const sorted = [...times].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
    console.log(`${N} events: ${times.length} frames, median ${sorted[sorted.length >> 1]!.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${sorted.at(-1)!.toFixed(2)} ms`);
    expect(times.length).toBeGreaterThan(20);
    expect(p95).toBeLessThan(FRAME_BUDGET_MS);
    expect(log.errors).toEqual([]);
  });
});
