import { expect, test } from 'vitest';
import { medianRun } from '../../scripts/lib/bench/medianRun.ts';

test('medianRun takes each figure’s median on its own, the mean of the middle two for an even count', () => {
  expect(medianRun([
    { readyMs: 300, heapBytes: 10, zoomMs: 5 },
    { readyMs: 100, heapBytes: 30, zoomMs: 1 },
    { readyMs: 200, heapBytes: 20, zoomMs: 9 },
  ])).toEqual({ readyMs: 200, heapBytes: 20, zoomMs: 5 });
  expect(medianRun([{ readyMs: 4, heapBytes: 1 }, { readyMs: 1, heapBytes: 2 }])).toEqual({ readyMs: 2.5, heapBytes: 1.5 });
});

test('medianRun leaves out figures no run has, and gives nothing for no runs', () => {
  expect(medianRun([{ readyMs: 1, heapBytes: 2 }, { readyMs: 3, heapBytes: 4, filterMs: 7 }])).toEqual({ readyMs: 2, heapBytes: 3, filterMs: 7 });
  expect(medianRun([])).toBeUndefined();
});
