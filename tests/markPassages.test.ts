import { describe, expect, test } from 'vitest';
import { markPassages, type CitedPassage, type Segment } from '../src/lib/markPassages.ts';

/** A segment as [text, anchors begun here, how many passages cover it, events cited after it]. */
type Row = [string, string[], number, string[]];
const row = (s: Segment): Row => [s.text, s.anchors, s.depth, s.eventIds];
const at = (body: string, quote: string, ...eventIds: string[]): CitedPassage => {
  const start = body.indexOf(quote);
  if (start === -1) throw new Error(`not in body: ${quote}`);
  return { start, end: start + quote.length, eventIds };
};

const ONE = 'Rain fell on the hills. Roads closed at dawn.';
const TWO = 'Rain fell on the hills.\nRoads closed at dawn.';
const MARKUP = 'Officials wrote <b>"no comment"</b> & left.';

const cases: [string, string, CitedPassage[], Row[][]][] = [
  ['no passages leave each paragraph one plain run', TWO, [], [
    [['Rain fell on the hills.', [], 0, []]],
    [['Roads closed at dawn.', [], 0, []]],
  ]],
  ['one passage is marked, anchored and cited', ONE, [at(ONE, 'on the hills', 'rain')], [[
    ['Rain fell ', [], 0, []],
    ['on the hills', ['p-10-22'], 1, ['rain']],
    ['. Roads closed at dawn.', [], 0, []],
  ]]],
  ['adjacent passages stay two runs with their own anchors', ONE, [at(ONE, 'Rain fell', 'a'), at(ONE, ' on the hills.', 'b')], [[
    ['Rain fell', ['p-0-9'], 1, ['a']],
    [' on the hills.', ['p-9-23'], 1, ['b']],
    [' Roads closed at dawn.', [], 0, []],
  ]]],
  ['overlapping passages split where each begins and ends', ONE, [at(ONE, 'Rain fell on', 'a'), at(ONE, 'fell on the hills', 'b')], [[
    ['Rain ', ['p-0-12'], 1, []],
    ['fell on', ['p-5-22'], 2, ['a']],
    [' the hills', [], 1, ['b']],
    ['. Roads closed at dawn.', [], 0, []],
  ]]],
  ['a nested passage is anchored inside the outer one', ONE, [at(ONE, 'the hills', 'inner'), at(ONE, 'Rain fell on the hills.', 'outer')], [[
    ['Rain fell on ', ['p-0-23'], 1, []],
    ['the hills', ['p-13-22'], 2, ['inner']],
    ['.', [], 1, ['outer']],
    [' Roads closed at dawn.', [], 0, []],
  ]]],
  ['passages that begin together share the first run, longest first', ONE, [at(ONE, 'Rain fell', 'short'), at(ONE, 'Rain fell on the hills', 'long')], [[
    ['Rain fell', ['p-0-22', 'p-0-9'], 2, ['short']],
    [' on the hills', [], 1, ['long']],
    ['. Roads closed at dawn.', [], 0, []],
  ]]],
  ['the same stretch cited twice is one passage citing both events', ONE, [at(ONE, 'Roads closed', 'a'), at(ONE, 'Roads closed', 'b', 'a')], [[
    ['Rain fell on the hills. ', [], 0, []],
    ['Roads closed', ['p-24-36'], 1, ['a', 'b']],
    [' at dawn.', [], 0, []],
  ]]],
  ['a passage across a line break is anchored in the first paragraph and cited in the second', TWO, [at(TWO, 'hills.\nRoads', 'x')], [
    [['Rain fell on the ', [], 0, []], ['hills.', ['p-17-29'], 1, []]],
    [['Roads', [], 1, ['x']], [' closed at dawn.', [], 0, []]],
  ]],
  ['blank lines separate paragraphs when the text has any; single line breaks then stay inside one', 'One line\nwrapped.\n\n  Next one.\n', [], [
    [['One line\nwrapped.', [], 0, []]],
    [['Next one.', [], 0, []]],
  ]],
  ['passages at the very start and the very end of the body', ONE, [at(ONE, 'Rain', 's'), at(ONE, 'dawn.', 'e')], [[
    ['Rain', ['p-0-4'], 1, ['s']],
    [' fell on the hills. Roads closed at ', [], 0, []],
    ['dawn.', ['p-40-45'], 1, ['e']],
  ]]],
  ['markup-looking text stays text, offsets unchanged', MARKUP, [at(MARKUP, '<b>"no comment"</b> &', 'm')], [[
    ['Officials wrote ', [], 0, []],
    ['<b>"no comment"</b> &', ['p-16-37'], 1, ['m']],
    [' left.', [], 0, []],
  ]]],
];

describe('markPassages', () => {
  test.each(cases)('%s', (_name, body, passages, expected) => {
    expect(markPassages(body, passages).map((p) => p.map(row))).toEqual(expected);
  });

  test.each(cases)('keeps offsets right and marks exactly the covered runs: %s', (_name, body, passages) => {
    for (const segment of markPassages(body, passages).flat()) {
      expect(body.slice(segment.start, segment.end)).toBe(segment.text);
      expect(segment.marked).toBe(segment.depth > 0);
    }
  });

  test.each(cases)('gives each passage exactly one anchor: %s', (_name, body, passages) => {
    const anchors = markPassages(body, passages).flat().flatMap((s) => s.anchors);
    expect(anchors.sort()).toEqual([...new Set(passages.map((p) => `p-${p.start}-${p.end}`))].sort());
  });

  test('ten thousand passages sharing one start give linear output, each anchored once, without recursion', () => {
    const body = 'word '.repeat(20_000).trim();
    const passages = Array.from({ length: 10_000 }, (_, i) => ({ start: 0, end: 5 * (i + 1) - 1, eventIds: [`e${i}`] }));
    const runs = markPassages(body, passages).flat();
    expect(runs).toHaveLength(10_001);
    expect(runs[0]!.anchors).toHaveLength(10_000);
    expect(runs.map((r) => r.depth).slice(0, 3)).toEqual([10_000, 9_999, 9_998]);
    // What the page writes per run grows with the passages that begin or end there, not with those covering it.
    expect(runs.reduce((n, r) => n + r.anchors.length + r.eventIds.length, 0)).toBe(20_000);
  });

  test('rejects a passage outside the body or of no length', () => {
    expect(() => markPassages('abc', [{ start: 2, end: 9, eventIds: [] }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: passage 2–9 is empty or outside a body of 3 characters]`);
    expect(() => markPassages('abc', [{ start: 1, end: 1, eventIds: [] }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: passage 1–1 is empty or outside a body of 3 characters]`);
  });

  test('rejects a passage that covers only the space between paragraphs', () => {
    expect(() => markPassages('a\n\nb', [{ start: 1, end: 3, eventIds: [] }])).toThrowErrorMatchingInlineSnapshot(`[RangeError: passage 1–3 covers only the space between paragraphs]`);
  });
});
