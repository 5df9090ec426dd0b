import type { BenchResult, BudgetLine, SizeResult } from './benchResult.ts';
import { formatRatio } from './formatRatio.ts';

const int = (n: number) => Math.round(n).toLocaleString('en');
const ms = (n: number | undefined) => (n === undefined ? '—' : n < 100 ? n.toFixed(1) : int(n));
const kb = (n: number | undefined) => (n === undefined ? '—' : (n / 1024).toFixed(1));
const mb = (n: number | undefined) => (n === undefined ? '—' : (n / 2 ** 20).toFixed(1));

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

/** The lines printed for one size: build, weights, and each figure beside the floor and the two peers. */
export function formatSize(size: SizeResult): string[] {
  const { reader, floor, timelineJs: tl, visTimeline: vis, weights: w } = size;
  const [r, f, t, v] = [reader?.median, floor?.median, tl?.median, vis?.median];
  const x = size.extraction;
  const lines = [
    `${int(size.events)} events${size.lean ? ' (lean, as small as a real archive\'s)' : ''}`,
    `  astro build ${size.buildSeconds.toFixed(1)} s, peak memory ${mb(size.peakMemoryBytes)} MB${x ? `; extraction of ${int(x.articles)} generated articles ${x.seconds.toFixed(2)} s: ${(x.articles / x.seconds).toFixed(1)} articles/s, ${(x.kilobytes / x.seconds).toFixed(0)} KB/s (${int(x.events)} events)` : ''}`,
    `  weight (MB as served / KB gzipped): reader / ${mb(w.reader.bytes)} / ${kb(w.reader.gzipBytes)}; floor / ${mb(w.floor.bytes)} / ${kb(w.floor.gzipBytes)}; embed first load (${w.embedFirstLoad.files} files) / ${mb(w.embedFirstLoad.bytes)} / ${kb(w.embedFirstLoad.gzipBytes)}`,
  ];
  const l = size.leanWeights;
  if (l) lines.push(`  weight of the same number of lean events: reader / ${mb(l.reader.bytes)} / ${kb(l.reader.gzipBytes)}; floor / ${mb(l.floor.bytes)} / ${kb(l.floor.gzipBytes)}`);
  if (reader) {
    const row = (name: string, show: (n: number | undefined) => string, ours?: number, base?: number, other?: number, second?: number) =>
      [name, show(ours), show(base), formatRatio(ours, base), show(other), formatRatio(ours, other), show(second), formatRatio(ours, second)];
    lines.push(...table([
      ['figure (median)', 'ours', 'floor', '×floor', 'TimelineJS3', '×TL3', 'vis-timeline', '×vis'],
      row('ready (ms)', ms, r?.readyMs, f?.readyMs, t?.readyMs, v?.readyMs),
      row('zoom step, work (ms)', ms, r?.zoomMs, undefined, t?.zoomMs, v?.zoomMs),
      row('zoom step, to frame (ms)', ms, r?.zoomFrameMs, undefined, t?.zoomFrameMs, v?.zoomFrameMs),
      row('pan step, work (ms)', ms, r?.panMs, undefined, t?.panMs, v?.panMs),
      row('pan step, to frame (ms)', ms, r?.panFrameMs, undefined, t?.panFrameMs, v?.panFrameMs),
      row('filter change, work (ms)', ms, r?.filterMs),
      row('filter change, to frame (ms)', ms, r?.filterFrameMs),
      row('JS heap (MB)', mb, r?.heapBytes, f?.heapBytes, t?.heapBytes, v?.heapBytes),
      row('reader JS (KB gz)', kb, reader.assets?.js, floor?.assets?.js, tl?.assets?.js, vis?.assets?.js),
      row('reader CSS (KB gz)', kb, reader.assets?.css, floor?.assets?.css, tl?.assets?.css, vis?.assets?.css),
      row('embed JS (KB gz)', kb, size.embedAssets.js, floor?.assets?.js, tl?.assets?.js, vis?.assets?.js),
      row('embed CSS (KB gz)', kb, size.embedAssets.css, floor?.assets?.css, tl?.assets?.css, vis?.assets?.css),
    ]).map((l) => `  ${l}`));
  }
  for (const [name, page] of [['reader', reader], ['floor', floor], ['TimelineJS3', tl], ['vis-timeline', vis]] as const) {
    if (page?.error) lines.push(`  ${name} failed: ${page.error}`);
  }
  return lines;
}

/** One line per budget, PASS, FAIL or not measured. */
export function formatBudgets(budgets: readonly BudgetLine[]): string[] {
  const label = { pass: 'PASS', fail: 'FAIL', 'not measured': 'n/a ' } as const;
  return budgets.map((b) => `${label[b.status]}  ${b.budget}: ${b.measured}`);
}

/**
 * The whole report as printed: the machine, a table per size, the budgets.
 * @example formatReport(result).join('\n')
 */
export function formatReport(result: BenchResult): string[] {
  const m = result.machine;
  return [
    `${result.date}: ${m.cpu} × ${m.cores}, ${m.memoryGiB.toFixed(0)} GiB, ${m.os}, Node ${m.node}, ${m.chromium}; load average ${m.loadAverage.toFixed(2)} at start`,
    `median of ${result.runs} run(s); KB = 1,024 bytes; ×floor, ×TL3 and ×vis are ours divided by theirs`,
    '',
    ...result.sizes.flatMap((s) => [...formatSize(s), '']),
    'budgets',
    ...formatBudgets(result.budgets).map((l) => `  ${l}`),
    '',
    `took ${(result.durationSeconds / 60).toFixed(1)} min`,
  ];
}
