import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { builtPages, pageKinds } from '../helpers/builtPages.ts';
import { builtSites } from '../helpers/builtSites.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';
import { whenIdle } from '../helpers/whenIdle.ts';

const AXE = await readFile('node_modules/axe-core/axe.min.js', 'utf8');
const JS_BUDGET = 30 * 1024;
/** Every WCAG 2.2 AA rule of axe, and its best practices. */
const EVERY_RULE = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] };
/**
 * The rules whose outcome a colour scheme can change: the dark scheme swaps colours and nothing
 * else, so the page's structure is checked once, in the light, and the dark scheme's colours here.
 */
const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

const site = useBuiltSite();

describe('every kind of page, in Chromium', () => {
  const kinds = pageKinds(builtPages(builtSites.site));
  const pages = [...kinds.values()];

  test('the build has a page of each kind the site promises, and of no other, so each is checked below', () => {
    const english = ['/', '/data/', '/embed/', '/events/*', '/figures/', '/sources/', '/sources/*'];
    // Each edition's pages are checked as pages of their own (issue 13: axe clean in all three).
    expect([...kinds.keys()].sort()).toEqual([...english, ...['/th', '/km'].flatMap((e) => english.map((k) => `${e}${k}`))].sort());
  });

  // The editions share their templates with the English pages: their colours are the same, so
  // the dark scheme's colours are checked on the English pages, and each edition in the light.
  const english = pages.filter((p) => !/^\/(th|km)\//.test(p));
  for (const scheme of ['light', 'dark'] as const) {
    test.each(scheme === 'light' ? pages : english)(`%s has no axe violations (${scheme === 'light' ? 'WCAG 2.2 AA' : 'its colour rules'}, ${scheme} scheme), no console errors and no request off its origin`, async (path) => {
      const { page, log } = await openTab(site.browser, { viewport: { width: 1280, height: 900 }, colorScheme: scheme, bypassCSP: true });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'load' });
      await whenIdle(page);
      await page.waitForTimeout(150);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async (runOnly) => {
        const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
      }, scheme === 'light' ? EVERY_RULE : COLOUR_RULES);
      expect(violations).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(log.failed).toEqual([]);
      expect(log.requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
    });
  }

  test('every page loads with no console error, no failed request and nothing fetched from elsewhere', async () => {
    // Every English page; the editions' pages, one of each kind, are loaded by the test above.
    const paths = builtPages(builtSites.site).filter((p) => !/^\/(th|km)\//.test(p));
    // A tab for each of three lanes. Each visit starts at about:blank, so a late request that
    // leaving the last page aborted (the icon) is never counted against the next one.
    const problemsOf = async (path: string, lane: number) => {
      const { page, log } = await openTab(site.browser, {}, lane);
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      return [
        ...log.errors.map((e) => `${path}: ${e}`),
        ...log.failed.map((f) => `${path}: ${f}`),
        ...log.requests.filter((url) => !url.startsWith(site.origin)).map((url) => `${path}: requested ${url}`),
      ];
    };
    // Three pages at a time: most of a page's time here is the half second of network quiet
    // that 'networkidle' waits for, which pages can wait out together.
    const problems: string[] = [];
    for (let i = 0; i < paths.length; i += 3) problems.push(...(await Promise.all(paths.slice(i, i + 3).map((path, lane) => problemsOf(path, lane)))).flat());
    expect(problems).toEqual([]);
    // Every page of the site: on a loaded machine that took over Vitest's 30 s.
  }, 180_000);

  test(`the reader page and the embed each ship at most ${JS_BUDGET / 1024} KB of gzipped JavaScript`, async () => {
    for (const path of ['/', '/embed/']) {
      const { page } = await openTab(site.browser);
      const bodies: Promise<Buffer>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') bodies.push(response.body());
      });
      await page.goto(`${site.origin}${path}`, { waitUntil: 'networkidle' });
      // Inline script blocks, if a page has any, count as files do.
      const inline = await page.$$eval('script:not([src])', (els) => els.filter((el) => ['', 'module', 'text/javascript'].includes((el as HTMLScriptElement).type)).map((el) => el.textContent ?? ''));
      const gzipped = [...(await Promise.all(bodies)), ...inline.map((text) => Buffer.from(text))].reduce((n, body) => n + gzipSync(body, { level: 9 }).length, 0);
      expect(gzipped, path).toBeGreaterThan(10_000);
      expect(gzipped, path).toBeLessThanOrEqual(JS_BUDGET);
    }
  });
});
