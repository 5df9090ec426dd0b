import type { BudgetLine, SizeResult } from './benchResult.ts';

/** The budgets from the issue. A kilobyte here is 1,024 bytes. */
export const BUDGETS = {
  readerJsBytes: 60 * 1024,
  readyVsFloorAt: 2_000,
  readyVsFloor: 2,
  zoomAt: 10_000,
  zoomMs: 16,
  buildAt: 10_000,
  buildSeconds: 180,
} as const;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

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

  const readerJs = sizes.map((s) => s.reader.assets?.js);
  const largestJs = readerJs.some((b) => b === undefined) ? undefined : Math.max(...(readerJs as number[]));
  const ready = at(BUDGETS.readyVsFloorAt);
  const readyRatio = ready?.reader.median && ready.floor.median ? ready.reader.median.readyMs / ready.floor.median.readyMs : undefined;
  const zoom = at(BUDGETS.zoomAt);
  const build = at(BUDGETS.buildAt);
  return [
    line('reader-js', `reader page JS ≤ ${kb(BUDGETS.readerJsBytes)} gzipped`, largestJs, (m) => m <= BUDGETS.readerJsBytes, kb, sizes.length > 0),
    line('ready-vs-floor', `at ${BUDGETS.readyVsFloorAt.toLocaleString('en')} events, ready within ${BUDGETS.readyVsFloor}× the floor`, readyRatio, (m) => m <= BUDGETS.readyVsFloor, (m) => `${m.toFixed(2)}× the floor`, ready !== undefined),
    line('zoom-step', `at ${BUDGETS.zoomAt.toLocaleString('en')} events, a zoom step under ${BUDGETS.zoomMs} ms`, zoom?.reader.median?.zoomMs, (m) => m < BUDGETS.zoomMs, (m) => `${m.toFixed(1)} ms`, zoom !== undefined),
    line('build-time', `build of ${BUDGETS.buildAt.toLocaleString('en')} events under ${BUDGETS.buildSeconds / 60} minutes`, build?.buildSeconds, (m) => m < BUDGETS.buildSeconds, (m) => `${m.toFixed(1)} s`, build !== undefined),
  ];
}
