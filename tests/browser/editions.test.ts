import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { openTab } from '../helpers/openTab.ts';
import { renderWholePage } from '../helpers/renderWholePage.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const site = useBuiltSite();
const LATIN_DIGIT = /[0-9]/;
// The counts the pages show come from the committed data, which the extractor may grow.
const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const total = data.events.length;
const withoutTalks = data.events.filter((e) => e.kind !== 'talks').length;
const khmer = (n: number) => String(n).replace(/\d/g, (d) => '០១២៣៤៥៦៧៨៩'[Number(d)]!);

describe('the Thai and Khmer editions, in Chromium', () => {
  test.each(['/th/', '/km/'])('%s without JavaScript is the whole list, in its language', async (path) => {
    const { page, log } = await openTab(site.browser, { javaScriptEnabled: false });
    await page.goto(`${site.origin}${path}`);
    expect(await page.locator('#event-list li[data-id]').count()).toBe(total);
    expect(await page.locator('.timeline-fallback').isVisible()).toBe(true);
    const note = await page.locator('.timeline-fallback').textContent();
    expect(note).toMatch(path === '/th/' ? /JavaScript รายการเหตุการณ์ทั้งหมด/ : /JavaScript។ ព្រឹត្តិការណ៍ទាំងអស់/);
    expect(log.errors).toEqual([]);
  });

  test('the Khmer timeline draws every event and writes its range and counts in Khmer, without Intl', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/km/`);
    await page.waitForSelector(`conflict-timeline[data-drawn="${total}"]`);
    const range = (await page.locator('[data-role="range"]').textContent())!;
    expect(range).toMatch(/^[០-៩]+ [\u1780-\u17FF]+ [០-៩]{4} – [០-៩]+ [\u1780-\u17FF]+ [០-៩]{4}$/);
    expect(range).not.toMatch(LATIN_DIGIT);
    // The canvas's labels are the Khmer titles the build wrote.
    const labels = await page.evaluate(() => (document.querySelector('conflict-timeline') as unknown as { labels(): { text: string }[] }).labels().map((l) => l.text));
    expect(labels.some((t) => /[\u1780-\u17FF]/.test(t))).toBe(true);
    expect(log.errors).toEqual([]);
  });

  test('filters write the URL; reloading it, or switching language, keeps the view', async () => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}/th/`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await page.locator('input[name="kind"][value="talks"]').uncheck();
    await page.waitForFunction(() => location.search.includes('kinds='));
    const status = (await page.locator('[data-role="count"]').textContent())!;
    expect(status).toBe(`แสดง ${withoutTalks} จาก ${total} เหตุการณ์`);
    const query = new URL(page.url()).search;
    await page.reload();
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(await page.locator('input[name="kind"][value="talks"]').isChecked()).toBe(false);
    // The language switcher takes the view along.
    await page.locator('nav.languages a[hreflang="km"]').click();
    await page.waitForURL(/\/km\//);
    expect(new URL(page.url()).search).toBe(query);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(await page.locator('[data-role="count"]').textContent()).toBe(`បង្ហាញ ${khmer(withoutTalks)} ក្នុងចំណោមព្រឹត្តិការណ៍ ${khmer(total)}។`);
    expect(log.errors).toEqual([]);
  });

  test.each([['km', /ចន្ទបុរី/], ['th', /จันทบุรี/]])('an embed asked for lang=%s opens that edition’s embed, keeping its view', async (lang, place) => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 700, height: 600 } });
    await page.goto(`${site.origin}/embed/?lang=${lang}&event=2025-12-24-talks`);
    await page.waitForURL(new RegExp(`/${lang}/embed/\\?lang=${lang}&event=2025-12-24-talks`));
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.locator('.details-body h2, .details-body h3, .details-body h4').first().textContent()).toMatch(place);
    expect(log.errors).toEqual([]);
    await renderWholePage(page);
    await page.screenshot({ path: `test-results/edition-${lang}-embed-700.png`, fullPage: true });
  });

  // With the committed data every title finds a lane whole even at 360 px; fitLabel's own test
  // shortens a Thai title at the given word ends. Here: the word ends reach the drawn labels.
  test('in a narrow Khmer embed, each label is its whole title or cut between words where the build found them', async () => {
    const { page } = await openTab(site.browser, { viewport: { width: 360, height: 600 } });
    await page.goto(`${site.origin}/km/embed/?view=timeline`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    const drawn = await page.evaluate(() => {
      const element = document.querySelector('conflict-timeline') as unknown as { labels(): { id: string; text: string; full: string }[] };
      return element.labels().map((l) => ({ ...l, breaks: document.querySelector<HTMLElement>(`li[data-id="${l.id}"]`)!.dataset.breaks!.split(',').map(Number) }));
    });
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((l) => l.breaks.length > 0 && l.breaks.every((end) => end > 0 && end < l.full.length))).toBe(true);
    const shortened = drawn.filter((l) => l.text !== l.full);
    for (const label of shortened) {
      expect(label.text.endsWith('…')).toBe(true);
      expect(label.breaks).toContain(label.text.length - 1);
    }
  });

  // Khmer's subscripts reach far below the baseline: the note over a disagreement touched the
  // arrow under it when it was placed in ems. Measured as the browser set it, in each drawing.
  test.each([1280, 360])('at %i px, each “sources differ” note on the Khmer figures page keeps clear of the chart’s marks', async (width) => {
    const { page, log } = await openTab(site.browser, { viewport: { width, height: 900 } });
    await page.goto(`${site.origin}/km/figures/`);
    await page.evaluate(() => document.fonts.ready);
    const found = await page.evaluate(() => {
      const gap = 2;
      const box = (e: Element) => e.getBoundingClientRect();
      const shown = [...document.querySelectorAll<HTMLElement>('.chart-frame')].filter((f) => f.offsetParent);
      return shown.flatMap((frame) => {
        const notes = [...frame.querySelectorAll('text')].filter((t) => t.textContent === 'ប្រភពមិនស៊ីគ្នា');
        // Every mark but the grid (faint lines across the whole plot) and the axes' ticks.
        const marks = [...frame.querySelectorAll('svg > g:not([stroke-opacity]) :is(path, line, rect)')].filter((m) => !m.closest('g[font-variant]') && !/^M0,0L/.test(m.getAttribute('d') ?? ''));
        return notes.map((note) => {
          const n = box(note);
          const touching = marks.filter((m) => {
            const b = box(m);
            return b.left < n.right + gap && n.left - gap < b.right && b.top < n.bottom + gap && n.top - gap < b.bottom;
          });
          return { height: n.height, marks: marks.length, touching: touching.map((m) => m.outerHTML.slice(0, 80)) };
        });
      });
    });
    expect(found.length).toBeGreaterThan(0);
    for (const note of found) {
      expect(note.height).toBeGreaterThan(10);
      expect(note.marks).toBeGreaterThan(3);
      expect(note.touching).toEqual([]);
    }
    expect(log.errors).toEqual([]);
  });

  test('an unknown lang is named in a console warning, as the other options are, and the embed stays in its language', async () => {
    const { page, log } = await openTab(site.browser);
    const warnings: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'warning') warnings.push(m.text());
    });
    await page.goto(`${site.origin}/th/embed/?lang=fr`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    expect(warnings).toContain('embed: invalid lang: "fr" (expected one of en, th, km)');
    expect(new URL(page.url()).pathname).toBe('/th/embed/');
    expect(log.errors).toEqual([]);
  });

  // The phone screenshots of each edition are kept for review (test-results/edition-*-phone.png).
  test.each([
    ['/th/', 'th-phone'],
    ['/km/', undefined],
    ['/th/events/2025-12-24-talks/', undefined],
    ['/km/events/2025-12-07-fighting/', 'km-phone'],
    ['/km/figures/', undefined],
    ['/th/figures/', undefined],
    ['/km/sources/', undefined],
    ['/th/sources/', undefined],
    ['/th/data/', undefined],
    ['/km/data/', undefined],
    ['/th/embed/', undefined],
    ['/km/embed/', undefined],
  ])('%s has no sideways scroll at 360 px', async (path, screenshot) => {
    const { page } = await openTab(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    if (screenshot) {
      await page.evaluate(() => document.fonts.ready);
      await renderWholePage(page);
      await page.screenshot({ path: `test-results/edition-${screenshot}.png`, fullPage: true });
    }
  });

  test.each([['/th/', 'noto-sans-thai', 'Noto Sans Thai'], ['/km/', 'noto-sans-khmer', 'Noto Sans Khmer']])('%s loads only its own font, and sets its text in it', async (path, file, family) => {
    const { page } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(new URL(r.url()).pathname);
    });
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((f) => f.includes(file))).toBe(true);
    expect(await page.evaluate((name) => document.fonts.check(`16px "${name}"`), family)).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(new RegExp(`^"?${family}`));
  });

  test.each([['/th/', 'Noto Sans Thai'], ['/km/', 'Noto Sans Khmer']])('%s draws its titles in %s, measured again once the font has loaded, none over another', async (path, family) => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${site.origin}${path}`);
    await page.waitForSelector('conflict-timeline[data-drawn]');
    await page.evaluate(() => document.fonts.ready);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const drawn = await page.evaluate((name) => {
      const el = document.querySelector('conflict-timeline') as unknown as Element & { labels(): { id: string; text: string; x: number; y: number; width: number; height: number }[] };
      // The widths the page's text has now, its font loaded, in a canvas of the test's own: the
      // edition's font for its script, the system's for Latin names within a title.
      const ctx = document.createElement('canvas').getContext('2d')!;
      const pageFamily = getComputedStyle(document.body).fontFamily;
      ctx.font = `12px ${pageFamily}`;
      // The font the timeline's own canvas drew in last.
      const drawnIn = (el as unknown as HTMLElement).querySelector('canvas')!.getContext('2d')!.font;
      return { loaded: document.fonts.check(`12px "${name}"`), pageFamily, drawnIn, labels: el.labels().map((l) => ({ ...l, inFont: ctx.measureText(l.text).width })) };
    }, family);
    expect(drawn.loaded).toBe(true);
    expect(drawn.pageFamily).toMatch(new RegExp(`^"?${family}`));
    expect(drawn.drawnIn).toMatch(new RegExp(`^12px "?${family}`));
    expect(drawn.labels.length).toBeGreaterThan(0);
    for (const label of drawn.labels) expect(label.width, `${label.id}: ${label.text}`).toBeCloseTo(label.inFont, 0);
    const overlapping = drawn.labels.flatMap((a, i) => drawn.labels.slice(i + 1).filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height).map((b) => `${a.id} × ${b.id}`));
    expect(overlapping).toEqual([]);
    expect(log.errors).toEqual([]);
    // The desktop screenshot of each edition is kept for review, its timeline in view: the
    // canvas's labels are what the fonts and word ends are checked on.
    await page.locator('conflict-timeline').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.screenshot({ path: `test-results/edition-${path.slice(1, -1)}-desktop.png` });
  });

  // The timeline issue's budget for the script of the reader page and the embed (30 KB gzipped),
  // which the editions must keep too: their words reach the browser as data, not as code.
  test.each(['/th/', '/km/', '/th/embed/', '/km/embed/'])('%s ships at most 30 KB of gzipped JavaScript, as the English page does', async (path) => {
    const { page } = await openTab(site.browser);
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.push(response.body());
    });
    await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
    // Inline script blocks, if a page has any, count as files do.
    const inline = await page.$$eval('script:not([src])', (els) => els.filter((el) => ['', 'module', 'text/javascript'].includes((el as HTMLScriptElement).type)).map((el) => el.textContent ?? ''));
    const gzipped = [...(await Promise.all(bodies)), ...inline.map((text) => Buffer.from(text))].reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0);
    expect(gzipped).toBeGreaterThan(10_000);
    expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  });

  test('English pages load no web font', async () => {
    const { page } = await openTab(site.browser);
    const fonts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'font') fonts.push(r.url());
    });
    await page.goto(`${site.origin}/`);
    await page.waitForLoadState('networkidle');
    expect(fonts).toEqual([]);
  });
});
