import { describe, expect, test } from 'vitest';
import type { PageResult, RunFigures, SizeResult } from '../../scripts/lib/bench/benchResult.ts';
import { checkBudgets } from '../../scripts/lib/bench/checkBudgets.ts';

interface Figures {
  js?: number;
  ready?: number;
  floor?: number;
  zoom?: number;
  zoomFrame?: number;
  pan?: number;
  filter?: number;
  build?: number;
  memory?: number;
  embedGzip?: number;
  embed?: number;
  reader?: number;
  floorBytes?: number;
  vis?: Partial<RunFigures> & { js?: number };
}

const page = (figures: RunFigures, js: number): PageResult => ({ median: figures, runs: [figures], assets: { js, css: 1 } });
const size = (events: number, f: Figures = {}): SizeResult => ({
  events,
  lean: false,
  buildSeconds: f.build ?? 30,
  peakMemoryBytes: f.memory ?? 500 * 2 ** 20,
  weights: {
    reader: { bytes: 1, gzipBytes: f.reader ?? events * 100 },
    floor: { bytes: 1, gzipBytes: f.floorBytes ?? events * 100 },
    embedFirstLoad: { bytes: f.embed ?? 1_000_000, gzipBytes: f.embedGzip ?? 100_000, files: 3 },
  },
  embedAssets: { js: f.js ?? 25_000, css: 1 },
  ...(events <= 10_000
    ? {
        reader: page({ readyMs: f.ready ?? 100, heapBytes: 1_000, zoomMs: f.zoom ?? 5, zoomFrameMs: f.zoomFrame ?? 8, panMs: f.pan ?? 5, panFrameMs: 8, filterMs: f.filter ?? 5 }, f.js ?? 25_000),
        floor: page({ readyMs: f.floor ?? 100, heapBytes: 1 }, 0),
        visTimeline: page({ readyMs: 1_000, heapBytes: 10_000, zoomMs: 50, zoomFrameMs: 60, panMs: 50, panFrameMs: 60, ...f.vis }, f.vis?.js ?? 150_000),
      }
    : {}),
});
const FULL = () => [size(20), size(200), size(2_000), size(10_000), size(25_000)];
const failed = (sizes: SizeResult[]) => checkBudgets(sizes).filter((b) => b.status !== 'pass').map((b) => `${b.code}: ${b.status}, ${b.measured}`);

describe('checkBudgets', () => {
  test('passes every budget a full run meets', () => {
    expect(failed(FULL())).toEqual([]);
  });

  test('misses each budget just over its limit', () => {
    const sizes = [
      size(20, { js: 30 * 1024 + 1, ready: 151, floor: 100 }),
      size(200),
      size(2_000, { ready: 131, floor: 100, filter: 16.1 }),
      size(10_000, { zoom: 16.1, pan: 16.1, zoomFrame: 20, vis: { zoomMs: 3, zoomFrameMs: 20.1 } }),
      size(25_000, { build: 60.1, memory: 2 ** 30 + 1, embedGzip: 300 * 1024 + 1, embed: 3 * 2 ** 20 + 1, reader: 25_000 * 100 + 1 }),
    ];
    expect(failed(sizes)).toMatchInlineSnapshot(`
      [
        "reader-js: fail, 30.0 KB",
        "embed-js: fail, 30.0 KB",
        "ready-20: fail, 1.51× the floor",
        "ready-2000: fail, 1.31× the floor",
        "filter-change: fail, 16.1 ms",
        "zoom-step: fail, 16.1 ms",
        "pan-step: fail, 16.1 ms",
        "archive-build: fail, 60.1 s",
        "archive-memory: fail, 1024.0 MB",
        "embed-first-load-gzip: fail, 300.0 KB",
        "embed-first-load: fail, 3.0 MB",
        "reader-growth: fail, its factor 1.00× the floor's",
      ]
    `);
  });

  test('misses a figure vis-timeline beats at any size', () => {
    const sizes = FULL();
    sizes[1] = size(200, { ready: 100, floor: 100, vis: { readyMs: 99 } });
    sizes[2] = size(2_000, { vis: { js: 20_000 } });
    sizes[3] = size(10_000, { zoomFrame: 9, vis: { zoomFrameMs: 8 } });
    expect(failed(sizes)).toEqual(['beats-vis-ready-200: fail, 100.0 ms', 'beats-vis-JS-2000: fail, 24.4 KB', 'beats-vis-zoom-step-10000: fail, 9.0 ms']);
  });

  test('compares a zoom step with vis-timeline\'s to the frame, where its own redraw is counted, not by main-thread work', () => {
    const sizes = FULL();
    sizes[2] = size(2_000, { zoom: 9, zoomFrame: 10, vis: { zoomMs: 3, zoomFrameMs: 40 } });
    expect(failed(sizes)).toEqual([]);
  });

  test('lets the reader page grow with the archive by the floor\'s factor, not more', () => {
    const grown = (reader: number) => [size(10_000, { reader: 1_000_000, floorBytes: 200_000 }), size(25_000, { reader, floorBytes: 500_000 })];
    const growth = (reader: number) => checkBudgets(grown(reader)).find((b) => b.code === 'reader-growth')!;
    expect(growth(2_500_000)).toMatchObject({ status: 'pass', measured: "its factor 1.00× the floor's" });
    expect(growth(2_600_000)).toMatchObject({ status: 'fail', measured: "its factor 1.04× the floor's" });
  });

  test('compares a lean archive\'s growth with the smaller size\'s lean twin, not with its fuller events', () => {
    const lean = (reader: number) => ({ ...size(25_000, { reader, floorBytes: 500_000 }), lean: true });
    const below = { ...size(10_000, { reader: 1_000_000, floorBytes: 400_000 }), leanWeights: { reader: { bytes: 1, gzipBytes: 900_000 }, floor: { bytes: 1, gzipBytes: 200_000 } } };
    const growth = (sizes: SizeResult[]) => checkBudgets(sizes).find((b) => b.code === 'reader-growth')!;
    // Against the fuller events the floor grows only 1.25×, and a page growing 2.25× would fail.
    expect(growth([below, lean(2_250_000)])).toMatchObject({ status: 'pass', measured: "its factor 1.00× the floor's" });
    expect(growth([below, lean(2_300_000)])).toMatchObject({ status: 'fail', measured: "its factor 1.02× the floor's" });
    const { leanWeights: _, ...untwinned } = below;
    expect(growth([untwinned, lean(2_250_000)])).toMatchObject({ status: 'fail', measured: 'no figure (the page failed)' });
  });

  test('reports budgets of sizes left out as not measured, and a page that failed as missed', () => {
    const broken = { ...size(2_000), reader: { runs: [], error: 'timed out' } };
    expect(failed([size(20), broken]).filter((l) => !l.includes('not measured'))).toEqual([
      'reader-js: fail, no figure (the page failed)',
      'ready-2000: fail, no figure (the page failed)',
      'filter-change: fail, no figure (the page failed)',
      'beats-vis-ready-2000: fail, no figure (the page failed)',
      'beats-vis-zoom-step-2000: fail, no figure (the page failed)',
      'beats-vis-pan-step-2000: fail, no figure (the page failed)',
      'beats-vis-JS-heap-2000: fail, no figure (the page failed)',
      'beats-vis-JS-2000: fail, no figure (the page failed)',
    ]);
    expect(failed([size(20)])).toContain('archive-build: not measured, —');
  });
});
