import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { glossaryCompounds } from '../../src/i18n/glossaryCompounds.ts';
import { openTab } from '../helpers/openTab.ts';
import { useBuiltSite } from '../helpers/useBuiltSite.ts';

const site = useBuiltSite();
const glossary = await readFile('src/i18n/glossary.md', 'utf8');
const words = { th: glossaryCompounds(glossary, 'th'), km: glossaryCompounds(glossary, 'km') };

/**
 * Where each of `terms` occurs in the page's laid-out text, and the line boxes its characters
 * fall on (Range.getClientRects, one box per line a range crosses): a term broken across lines
 * has boxes on two lines. Occurrences in hidden text have no boxes, and are left out.
 */
const lineBoxes = (terms: string[]) => {
  const found: { term: string; lines: number[]; inList: boolean }[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const term of terms) {
      for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + term.length);
        const boxes = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (boxes.length === 0) continue;
        // Boxes of one line may differ a little in height (a fallback font's); a new line starts
        // more than half a box lower.
        const middles = boxes.map((r) => (r.top + r.bottom) / 2).sort((a, b) => a - b);
        const lines = middles.filter((y, i) => i === 0 || y - middles[i - 1]! > Math.min(...boxes.map((r) => r.height)) / 2);
        found.push({ term, lines, inList: !!node.parentElement?.closest('#event-list') });
      }
    }
  }
  return found;
};

describe('the glossary’s compound terms, as Chromium sets them at 360 px', () => {
  test.each([
    ['/th/', 'th'],
    ['/km/', 'km'],
    ['/th/figures/', 'th'],
    ['/km/figures/', 'km'],
    ['/th/events/2025-12-24-talks/', 'th'],
    ['/km/events/2025-12-07-fighting/', 'km'],
    ['/th/sources/', 'th'],
    ['/km/sources/', 'km'],
  ] as const)('on %s no line breaks inside a term the glossary names', async (path, locale) => {
    const { page, log } = await openTab(site.browser, { viewport: { width: 360, height: 740 } });
    await page.goto(`${site.origin}${path}`);
    await page.evaluate(() => document.fonts.ready);
    // Every closed <details> opened, so that the text in them is laid out too.
    await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    const found = await page.evaluate(lineBoxes, words[locale]);
    expect(found.length).toBeGreaterThan(5);
    // The reader page's list is written after the page (src/integrations/spooledLists.ts): its titles are checked too.
    if (path.split('/').length === 3) expect(found.filter((f) => f.inList).length).toBeGreaterThan(5);
    expect(found.filter((f) => f.lines.length > 1).map((f) => `${f.term} on ${f.lines.length} lines`)).toEqual([]);
    expect(log.errors).toEqual([]);
  });

  test('the terms kept whole include those ICU splits that the issue names', () => {
    expect(words.th).toContain('คำเรียกร้อง');
    expect(words.km).toContain('អ្នកស្លាប់');
  });
});
