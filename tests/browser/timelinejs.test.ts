import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { launch, openPage } from '../../scripts/io/browser.ts';
import { serve } from '../../scripts/io/serve.ts';
import { timelineJsPage } from '../../scripts/lib/bench/timelineJsPage.ts';
import { builtFile } from '../helpers/builtSites.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));

// The benchmark's TimelineJS3 page: the library from node_modules instead of Knight Lab's CDN and
// a font theme of system fonts (Georgia, Helvetica), since the default theme fetches web fonts
// from Google and this test allows no outside request.
const PAGE = timelineJsPage('/timelinejs/', '/timelinejs.json');

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'timelinejs-'));
  await Promise.all([
    cp('node_modules/@knight-lab/timelinejs/dist', join(root, 'timelinejs'), { recursive: true }),
    cp(builtFile('timelinejs.json'), join(root, 'timelinejs.json')),
    writeFile(join(root, 'index.html'), PAGE),
  ]);
  [browser, server] = await Promise.all([launch(), serve(root)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

describe('/timelinejs.json in Knight Lab TimelineJS3, in Chromium', () => {
  test('draws one slide per event after the title slide, from local files only, without console errors', async () => {
    const { page, log } = await openPage(browser, { viewport: { width: 1100, height: 800 } });
    await page.goto(`${server.origin}/`);
    await page.waitForSelector('body[data-ready]');
    const slides = await page.$$eval('.tl-storyslider .tl-slide', (els) => els.length);
    expect(slides - 1).toBe(data.events.length);
    const ids = await page.evaluate(() => (window as unknown as { timeline: { config: { events: { unique_id: string }[] } } }).timeline.config.events.map((e) => e.unique_id));
    expect(new Set(ids)).toEqual(new Set(data.events.map((e) => e.id)));
    expect(await page.textContent('.tl-slide-titleslide .tl-headline')).toContain('Thailand');
    expect(log.errors).toEqual([]);
    expect(log.failed).toEqual([]);
    expect(log.requests.filter((url) => new URL(url).origin !== server.origin)).toEqual([]);
  });
});
