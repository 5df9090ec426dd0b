import { expect, test } from 'vitest';
import { median } from '../../scripts/lib/bench/median.ts';
import { medianRun } from '../../scripts/lib/bench/medianRun.ts';

test.each([
  [[3, 1, 2], 2],
  [[4, 1, 3, 2], 2.5],
  [[7], 7],
  [[], undefined],
])('median of %j is %s', (values, expected) => {
  expect(median(values)).toBe(expected);
});

test('medianRun takes each figure’s median on its own and leaves out figures no run has', () => {
  expect(medianRun([
    { readyMs: 300, heapBytes: 10, zoomMs: 5 },
    { readyMs: 100, heapBytes: 30, zoomMs: 1 },
    { readyMs: 200, heapBytes: 20, zoomMs: 9 },
  ])).toEqual({ readyMs: 200, heapBytes: 20, zoomMs: 5 });
  expect(medianRun([])).toBeUndefined();
});
