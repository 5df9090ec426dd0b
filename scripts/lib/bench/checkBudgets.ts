import type { BudgetLine, PageResult, RunFigures, SizeResult } from './benchResult.ts';

const KB = 1024;
const MB = 2 ** 20;

/** The budgets of issues 12 and 17. A kilobyte here is 1,024 bytes. */
export const BUDGETS = {
  readerJsBytes: 30 * KB,
  embedJsBytes: 30 * KB,
  /** Ready within this many times the floor, at each size. */
  readyVsFloor: [[20, 1.5], [200, 1.5], [2_000, 1.3], [10_000, 1.3]] as const,
  filterAt: 2_000,
  filterMs: 16,
  zoomAt: 10_000,
  zoomMs: 16,
  panAt: 10_000,
  panMs: 16,
  archiveAt: 25_000,
  buildSeconds: 60,
  peakMemoryBytes: 1024 * MB,
  embedGzipBytes: 300 * KB,
  embedBytes: 3 * MB,
} as const;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / MB).toFixed(1)} MB`;
const ms = (m: number) => `${m.toFixed(1)} ms`;

/**
 * The figures vis-timeline is beaten on, with how each is shown: ours must be lower on each. A
 * zoom step is compared to the frame that shows it: vis-timeline redraws in an animation-frame
 * callback of its own, which the main-thread "work" figure (handler, our own draw, the frame's
 * rendering) does not see, so only the time to the frame measures both libraries alike.
 */
const VERSUS: [string, (p: PageResult) => number | undefined, (m: number) => string][] = [
  ['ready', (p) => p.median?.readyMs, ms],
  ['zoom step', (p) => p.median?.zoomFrameMs, ms],
  ['pan step', (p) => p.median?.panFrameMs, ms],
  ['JS heap', (p) => p.median?.heapBytes, mb],
  ['JS', (p) => p.assets?.js, kb],
];

/**
 * Checks measured sizes against the budgets. A budget whose size was not measured is reported
 * as such, not as passed; one whose figure is missing (the page failed) is missed.
 * @example checkBudgets(sizes).filter((line) => line.status === 'fail') // the budgets missed
 */
export function checkBudgets(sizes: readonly SizeResult[]): BudgetLine[] {
  const at = (n: number) => sizes.find((s) => s.events === n);
  const line = (code: string, budget: string, measured: number | undefined, pass: (m: number) => boolean, show: (m: number) => string, measuredAtAll: boolean): BudgetLine => ({
    code,
    budget,
    measured: !measuredAtAll ? '—' : measured === undefined ? 'no figure (the page failed)' : show(measured),
    status: !measuredAtAll ? 'not measured' : measured !== undefined && pass(measured) ? 'pass' : 'fail',
  });
  const largest = (values: (number | undefined)[]) => (values.some((v) => v === undefined) ? undefined : Math.max(...(values as number[])));
  const timed = sizes.filter((s) => s.reader);
  const median = (size: SizeResult | undefined, figure: keyof RunFigures) => size?.reader?.median?.[figure];

  const lines: BudgetLine[] = [
    line('reader-js', `reader page JS ≤ ${kb(BUDGETS.readerJsBytes)} gzipped`, largest(timed.map((s) => s.reader!.assets?.js)), (m) => m <= BUDGETS.readerJsBytes, kb, timed.length > 0),
    line('embed-js', `embed JS ≤ ${kb(BUDGETS.embedJsBytes)} gzipped`, largest(sizes.map((s) => s.embedAssets.js)), (m) => m <= BUDGETS.embedJsBytes, kb, sizes.length > 0),
  ];
  for (const [n, most] of BUDGETS.readyVsFloor) {
    const size = at(n);
    const ratio = size?.reader?.median && size.floor?.median ? size.reader.median.readyMs / size.floor.median.readyMs : undefined;
    lines.push(line(`ready-${n}`, `at ${n.toLocaleString('en')} events, ready within ${most}× the floor`, ratio, (m) => m <= most, (m) => `${m.toFixed(2)}× the floor`, size?.reader !== undefined));
  }
  const filter = at(BUDGETS.filterAt);
  lines.push(line('filter-change', `at ${BUDGETS.filterAt.toLocaleString('en')} events, a filter change ≤ ${BUDGETS.filterMs} ms`, median(filter, 'filterMs'), (m) => m <= BUDGETS.filterMs, ms, filter?.reader !== undefined));
  const zoom = at(BUDGETS.zoomAt);
  lines.push(line('zoom-step', `at ${BUDGETS.zoomAt.toLocaleString('en')} events, a zoom step ≤ ${BUDGETS.zoomMs} ms`, median(zoom, 'zoomMs'), (m) => m <= BUDGETS.zoomMs, ms, zoom?.reader !== undefined));
  const pan = at(BUDGETS.panAt);
  lines.push(line('pan-step', `at ${BUDGETS.panAt.toLocaleString('en')} events, a pan step ≤ ${BUDGETS.panMs} ms`, median(pan, 'panMs'), (m) => m <= BUDGETS.panMs, ms, pan?.reader !== undefined));
  for (const size of timed.filter((s) => s.visTimeline)) {
    for (const [figure, read, show] of VERSUS) {
      const [ours, theirs] = [read(size.reader!), read(size.visTimeline!)];
      lines.push(line(`beats-vis-${figure.replace(/ /g, '-')}-${size.events}`, `at ${size.events.toLocaleString('en')} events, ${figure} below vis-timeline's${theirs === undefined ? '' : ` (${show(theirs)})`}`, theirs === undefined ? undefined : ours, (m) => m < theirs!, show, true));
    }
  }
  const archive = at(BUDGETS.archiveAt);
  const measured = archive !== undefined;
  const n = BUDGETS.archiveAt.toLocaleString('en');
  lines.push(
    line('archive-build', `build of ${n} events ≤ ${BUDGETS.buildSeconds} s`, archive?.buildSeconds, (m) => m <= BUDGETS.buildSeconds, (m) => `${m.toFixed(1)} s`, measured),
    line('archive-memory', `build of ${n} events ≤ ${mb(BUDGETS.peakMemoryBytes)} peak memory`, archive?.peakMemoryBytes, (m) => m <= BUDGETS.peakMemoryBytes, mb, measured),
    line('embed-first-load-gzip', `at ${n} events, the embed's first load ≤ ${kb(BUDGETS.embedGzipBytes)} compressed`, archive?.weights.embedFirstLoad.gzipBytes, (m) => m <= BUDGETS.embedGzipBytes, kb, measured),
    line('embed-first-load', `at ${n} events, the embed's first load ≤ ${mb(BUDGETS.embedBytes)} uncompressed`, archive?.weights.embedFirstLoad.bytes, (m) => m <= BUDGETS.embedBytes, mb, measured),
  );
  // The reader page may grow with the archive, but no faster than the floor: between the two
  // largest sizes it grows by no larger a factor (compressed bytes), so its weight stays within
  // the same multiple of the floor's however large the archive. (Each event does weigh more on
  // it than on the floor, which lists only titles, summaries and quotes.)
  // Both sizes in the same shape: the smaller one's lean twin when only the archive is lean.
  const [below, top] = [...sizes].sort((a, b) => a.events - b.events).slice(-2);
  const base = below && top && top.lean && !below.lean ? below.leanWeights : below?.weights;
  const growth = base && top && top.events === BUDGETS.archiveAt
    ? (top.weights.reader.gzipBytes / base.reader.gzipBytes) / (top.weights.floor.gzipBytes / base.floor.gzipBytes)
    : undefined;
  const shape = top?.lean ? ', both lean' : '';
  lines.push(line('reader-growth', `from ${below?.events.toLocaleString('en') ?? '—'} to ${n} events${shape}, the reader page grows by no larger a factor than the floor (compressed)`, growth, (m) => m <= 1, (m) => `its factor ${m.toFixed(2)}× the floor's`, below !== undefined && top?.events === BUDGETS.archiveAt));
  return lines;
}
