import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { clampRange, rangeTransform, revealRange, stepTo } from '../../src/client/timeline/viewStep.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const events = ['a', 'b', 'c'].map((id, i): TimelineEvent => ({ id, start: i * 10, end: i * 10 + 1, point: true, approximate: false, kind: KINDS[0]!, status: 'occurred', actors: [], sources: [], title: id, text: id, index: i }));

describe('stepTo', () => {
  test.each([
    [undefined, 'next', 'a'],
    [undefined, 'previous', 'c'],
    ['a', 'next', 'b'],
    ['b', 'previous', 'a'],
    ['c', 'next', 'c'],
    ['a', 'previous', 'a'],
    ['b', 'first', 'a'],
    ['b', 'last', 'c'],
    ['gone', 'next', 'a'],
  ] as const)('from %s, %s lands on %s', (selected, step, expected) => {
    expect(stepTo(events, selected, step)).toBe(expected);
  });

  test('lands nowhere when nothing is shown', () => {
    expect(stepTo([], 'a', 'next')).toBeUndefined();
  });
});

describe('rangeTransform', () => {
  test('fits a range across the width between the margins', () => {
    const base = (t: number) => t / 10;
    const { k, x } = rangeTransform(base, 100, 300, 400, 8);
    expect(k * base(100) + x).toBeCloseTo(8);
    expect(k * base(300) + x).toBeCloseTo(392);
  });
});

describe('revealRange', () => {
  const x = (t: number) => t * 4;
  test('leaves the view alone when the event is well inside it', () => {
    expect(revealRange([0, 100], { start: 50, end: 51 }, x, 400)).toBeUndefined();
  });

  test('centres the same span on an event outside it, or too near an edge', () => {
    expect(revealRange([0, 100], { start: 150, end: 152 }, x, 400)).toEqual([101, 201]);
    expect(revealRange([0, 100], { start: 2, end: 3 }, x, 400)).toEqual([-47.5, 52.5]);
  });
});

describe('clampRange', () => {
  test.each([
    [[10, 20], [10, 20]],
    [[-10, 20], [0, 30]],
    [[90, 120], [70, 100]],
    [[-50, 150], [0, 100]],
    [[40, 41], [38, 43]],
  ] as const)('keeps %j inside [0, 100] and at least 5 wide as %j', (range, expected) => {
    expect(clampRange(range, [0, 100], 5)).toEqual(expected);
  });
});
