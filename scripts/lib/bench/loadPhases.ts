import { median } from 'd3';
import { formatMs, readyBreakdown, READY_BUCKETS, type ReadyBucket, type TraceEvent } from './readyBreakdown.ts';

/**
 * The steps of a load, in the order a page passes them: until the first HTML is parsed (network,
 * navigation commit), the parse (until domInteractive), the start (from then until the timeline
 * has drawn every event: module scripts, the element's start, the first draw; nothing on a page
 * without a timeline), until the load event has ended, and until ready (the last long frame).
 */
export const LOAD_PHASES = ['navigation', 'parse', 'start', 'load', 'frame'] as const;
export type LoadPhase = (typeof LOAD_PHASES)[number];

/** One phase of one visit: its wall-clock span and the main thread's CPU time in it, ms. */
export interface PhaseFigures {
  wall: number;
  cpu: number;
  buckets: Record<ReadyBucket, number>;
}

/** When a visit passed each step, ms since navigation start; `drawn` only on a page with a timeline. */
export interface LoadMarks {
  parseStart: number;
  parsed: number;
  drawn?: number;
  load: number;
  ready: number;
}

/**
 * The moments of `marks` from the trace of one visit of `url`: the first ParseHTML of that
 * document, then its frame's domInteractive and loadEventEnd marks (the tab's initial empty
 * document, and an SVG image's document, have their own); `drawn` and `ready` come from the page
 * (ms since navigation). Returns undefined when the trace lacks one of them.
 */
export function traceMarks(events: readonly TraceEvent[], thread: { pid: number; tid: number; navigationStart: number }, url: string, ready: number, drawn?: number): LoadMarks | undefined {
  const ours = (e: TraceEvent) => e.pid === thread.pid && e.tid === thread.tid && e.ts >= thread.navigationStart;
  const frameOf = (e: TraceEvent) => (e.args as { frame?: string; beginData?: { frame?: string } } | undefined)?.frame ?? (e.args as { beginData?: { frame?: string } } | undefined)?.beginData?.frame;
  const byTime = events.filter(ours).sort((a, b) => a.ts - b.ts);
  const parse = byTime.find((e) => e.name === 'ParseHTML' && (e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url === url);
  if (!parse) return undefined;
  const after = (name: string, ts: number) => byTime.find((e) => e.name === name && e.ts >= ts && frameOf(e) === frameOf(parse))?.ts;
  const parsed = after('domInteractive', parse.ts);
  const load = parsed === undefined ? undefined : after('loadEventEnd', parsed);
  if (parsed === undefined || load === undefined) return undefined;
  const ms = (ts: number) => (ts - thread.navigationStart) / 1000;
  return { parseStart: ms(parse.ts), parsed: ms(parsed), ...(drawn === undefined ? {} : { drawn }), load: ms(load), ready };
}

/**
 * Splits one visit from navigation to ready into LOAD_PHASES, each bounded by the marks in that
 * order; a mark that came before the one ahead of it in the order (a page drawn after its load
 * event, say) closes its phase at that earlier mark, so the phases never overlap and sum to ready.
 * @example loadPhases(trace, main, { parseStart: 20, parsed: 40, load: 42, ready: 42 }).parse.wall // 20
 */
export function loadPhases(events: readonly TraceEvent[], thread: { pid: number; tid: number; navigationStart: number }, marks: LoadMarks): Record<LoadPhase, PhaseFigures> {
  const ends = [marks.parseStart, marks.parsed, marks.drawn ?? marks.parsed, marks.load, marks.ready];
  const result = {} as Record<LoadPhase, PhaseFigures>;
  let from = 0;
  LOAD_PHASES.forEach((phase, i) => {
    const until = Math.max(from, Math.min(ends[i]!, marks.ready));
    const { total, buckets } = readyBreakdown(events, thread, thread.navigationStart + from * 1000, thread.navigationStart + until * 1000, { clip: true });
    result[phase] = { wall: until - from, cpu: total, buckets };
    from = until;
  });
  return result;
}

/**
 * The phases' medians over a page's visits as indented report lines: wall and CPU time of each,
 * and its costliest buckets (over 0.5 ms CPU).
 * @example phasesText([visit]) // '        navigation  wall 20.1 CPU 6.2 (other 6.0)\n        parse …'
 */
export function phasesText(visits: readonly Record<LoadPhase, PhaseFigures>[]): string {
  return LOAD_PHASES.map((phase) => {
    const m = (pick: (p: PhaseFigures) => number) => median(visits.map((v) => pick(v[phase]))) ?? 0;
    const buckets = READY_BUCKETS.map((b) => [b, m((p) => p.buckets[b])] as const).filter(([, ms]) => ms >= 0.5).sort((a, b) => b[1] - a[1]);
    return `        ${phase.padEnd(10)} wall ${formatMs(m((p) => p.wall)).padStart(5)}  CPU ${formatMs(m((p) => p.cpu)).padStart(5)}${buckets.length > 0 ? ` (${buckets.map(([b, ms]) => `${b} ${formatMs(ms)}`).join(', ')})` : ''}`;
  }).join('\n');
}
