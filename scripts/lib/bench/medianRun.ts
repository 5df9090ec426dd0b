import type { RunFigures } from './benchResult.ts';
import { median } from 'd3';

/**
 * The median of each figure over some runs, taken figure by figure.
 * @example medianRun([{ readyMs: 3, heapBytes: 1 }, { readyMs: 1, heapBytes: 2 }, { readyMs: 2, heapBytes: 3 }]) // { readyMs: 2, heapBytes: 2 }
 */
export function medianRun(runs: readonly RunFigures[]): RunFigures | undefined {
  if (runs.length === 0) return undefined;
  const of = (key: keyof RunFigures) => median(runs.flatMap((r) => (r[key] === undefined ? [] : [r[key]])));
  const optional = (['zoomMs', 'zoomFrameMs', 'panMs', 'panFrameMs', 'filterMs', 'filterFrameMs'] as const).flatMap((key) => {
    const value = of(key);
    return value === undefined ? [] : [[key, value]];
  });
  return { readyMs: of('readyMs')!, heapBytes: of('heapBytes')!, ...Object.fromEntries(optional) };
}
