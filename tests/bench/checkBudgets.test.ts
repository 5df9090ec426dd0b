import { describe, expect, test } from 'vitest';
import type { RunFigures, SizeResult } from '../../scripts/lib/bench/benchResult.ts';
import { checkBudgets } from '../../scripts/lib/bench/checkBudgets.ts';

const size = (events: number, { js = 40_000, ready = 1_000, floor = 600, zoom = 5, build = 60 } = {}): SizeResult => {
  const run = (readyMs: number, zoomMs?: number): RunFigures => ({ readyMs, heapBytes: 1, ...(zoomMs === undefined ? {} : { zoomMs }) });
  return {
    events,
    buildSeconds: build,
    extraction: { articles: events, kilobytes: 1, events: 1, seconds: 1 },
    embedAssets: { js, css: 1 },
    reader: { median: run(ready, zoom), runs: [run(ready, zoom)], assets: { js, css: 1 } },
    floor: { median: run(floor), runs: [run(floor)], assets: { js: 0, css: 0 } },
  };
};
const status = (sizes: SizeResult[]) => Object.fromEntries(checkBudgets(sizes).map((b) => [b.code, b.status]));

describe('checkBudgets', () => {
  test('passes every budget a full run meets', () => {
    expect(status([size(20), size(2_000), size(10_000)])).toEqual({
      'reader-js': 'pass', 'ready-vs-floor': 'pass', 'zoom-step': 'pass', 'build-time': 'pass',
    });
  });

  test('misses each budget just over its limit', () => {
    const lines = checkBudgets([size(20, { js: 60 * 1024 + 1 }), size(2_000, { ready: 1_201, floor: 600 }), size(10_000, { zoom: 16, build: 180 })]);
    expect(lines.map((l) => `${l.status}: ${l.measured}`)).toMatchInlineSnapshot(`
      [
        "fail: 60.0 KB",
        "fail: 2.00× the floor",
        "fail: 16.0 ms",
        "fail: 180.0 s",
      ]
    `);
  });

  test('reports budgets of sizes left out as not measured, and a page that failed as missed', () => {
    const failed = { ...size(2_000), reader: { runs: [], error: 'timed out' } };
    expect(status([size(20), failed])).toEqual({
      'reader-js': 'fail', 'ready-vs-floor': 'fail', 'zoom-step': 'not measured', 'build-time': 'not measured',
    });
  });
});
