import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { launch, openPage } from '../../scripts/io/browser.ts';
import { serve } from '../../scripts/io/serve.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));

// A page of our own, as a reader embedding TimelineJS3 would write it, but with the library from
// node_modules instead of Knight Lab's CDN and a font theme of system fonts (Georgia, Helvetica):
// the default theme fetches web fonts from Google, and this test allows no outside request.
const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>TimelineJS3 embed</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/timelinejs/css/timeline.css">
  <script src="/timelinejs/js/timeline.js"></script>
</head>
<body>
  <div id="timeline-embed" style="width: 1000px; height: 650px"></div>
  <script>
    fetch('/timelinejs.json').then((response) => response.json()).then((data) => {
      window.timeline = new TL.Timeline('timeline-embed', data, {
        script_path: new URL('/timelinejs/js/', location.href).href,
        font: 'georgia-helvetica',
        language: 'en',
      });
      window.timeline.on('ready', () => document.body.setAttribute('data-ready', ''));
    });
  </script>
</body>
</html>`;

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'timelinejs-'));
  await Promise.all([
    cp('node_modules/@knight-lab/timelinejs/dist', join(root, 'timelinejs'), { recursive: true }),
    cp('dist/timelinejs.json', join(root, 'timelinejs.json')),
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
