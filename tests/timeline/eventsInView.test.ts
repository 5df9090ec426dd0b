import { describe, expect, test } from 'vitest';
import { eventsInView, viewRange } from '../../src/client/timeline/eventsInView.ts';

const events = [0, 1, 2, 2, 5, 10].map((start, i) => ({ id: String(i), start }));
const starts = (list: readonly { start: number }[]) => list.map((e) => e.start);

describe('eventsInView', () => {
  test.each([
    { from: 2, to: 5, longest: 0, expected: [2, 2, 5] },
    { from: 2, to: 5, longest: 1, expected: [1, 2, 2, 5] },
    { from: 3, to: 4, longest: 0, expected: [] },
    { from: 3, to: 4, longest: 3, expected: [0, 1, 2, 2] },
    { from: 11, to: 20, longest: 0, expected: [] },
    { from: -5, to: 0, longest: 0, expected: [0] },
  ])('from $from to $to, with events up to $longest long, keeps the events starting $expected', ({ from, to, longest, expected }) => {
    expect(starts(eventsInView(events, from, to, longest))).toEqual(expected);
  });

  test('gives the same run as indices, first and end', () => {
    expect(viewRange(events, 2, 5, 1)).toEqual([1, 5]);
    expect(viewRange(events, 3, 4, 0)).toEqual([4, 4]);
  });

  test('returns the events themselves when all of them can show', () => {
    expect(eventsInView(events, -1, 10, 0)).toBe(events);
  });
});
