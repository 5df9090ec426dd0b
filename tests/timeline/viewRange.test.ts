import { describe, expect, test } from 'vitest';
import { viewRange } from '../../src/client/timeline/viewRange.ts';

const events = [0, 1, 2, 2, 5, 10].map((start, i) => ({ id: String(i), start }));
const starts = ([first, end]: [number, number]) => events.slice(first, end).map((e) => e.start);

describe('viewRange', () => {
  test.each([
    { from: 2, to: 5, longest: 0, expected: [2, 2, 5] },
    { from: 2, to: 5, longest: 1, expected: [1, 2, 2, 5] },
    { from: 3, to: 4, longest: 0, expected: [] },
    { from: 3, to: 4, longest: 3, expected: [0, 1, 2, 2] },
    { from: 11, to: 20, longest: 0, expected: [] },
    { from: -5, to: 0, longest: 0, expected: [0] },
  ])('from $from to $to, with events up to $longest long, keeps the events starting $expected', ({ from, to, longest, expected }) => {
    expect(starts(viewRange(events, from, to, longest))).toEqual(expected);
  });

  test('gives the same run as indices, first and end', () => {
    expect(viewRange(events, 2, 5, 1)).toEqual([1, 5]);
    expect(viewRange(events, 3, 4, 0)).toEqual([4, 4]);
  });

  test('gives the whole list when all of the events can show', () => {
    expect(viewRange(events, -1, 10, 0)).toEqual([0, events.length]);
  });
});
