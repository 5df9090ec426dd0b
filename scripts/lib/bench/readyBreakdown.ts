import { median } from 'd3';
/** One event of a Chromium trace (the Trace Event Format), as much of it as the breakdown reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start, in microseconds of the browser's monotonic clock. */
  ts: number;
  /** Wall duration, µs (complete events). */
  dur?: number;
  /** The thread's CPU time over the event, µs, when the trace records it. */
  tdur?: number;
  /** Thread CPU clock at the event's start, µs (begin/end pairs). */
  tts?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string; url?: string } };
}

/** Where the main thread's CPU time went, in ms, by what the browser was doing. */
export const READY_BUCKETS = ['parse', 'css', 'style', 'layout', 'paint', 'compile', 'script', 'gc', 'other'] as const;
export type ReadyBucket = (typeof READY_BUCKETS)[number];

/** A page's main-thread CPU time from navigation to ready: the total and its split by bucket, in ms. */
export interface ReadyBreakdown {
  total: number;
  buckets: Record<ReadyBucket, number>;
  /** Self time by trace event name, ms: what a bucket holds. */
  names: Map<string, number>;
}

// Trace event names (Chromium's devtools.timeline, v8 and blink categories) and what they are.
// A name not here counts as "other" (task overhead, resource bookkeeping, loading).
const BUCKET_OF: Record<string, ReadyBucket> = {
  ParseHTML: 'parse',
  ParseAuthorStyleSheet: 'css',
  UpdateLayoutTree: 'style',
  RecalculateStyles: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  PaintImage: 'paint',
  Layerize: 'paint',
  UpdateLayer: 'paint',
  UpdateLayerTree: 'paint',
  Commit: 'paint',
  CompositeLayers: 'paint',
  'Decode Image': 'paint',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'V8.CompileCode': 'compile',
  'v8.produceCache': 'compile',
  'v8.produceModuleCache': 'compile',
  CacheScript: 'compile',
  EvaluateScript: 'script',
  'v8.evaluateModule': 'script',
  'v8.run': 'script',
  'v8.callFunction': 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  EventDispatch: 'script',
  RunMicrotasks: 'script',
  FireAnimationFrame: 'script',
  FireIdleCallback: 'script',
  MinorGC: 'gc',
  MajorGC: 'gc',
  'V8.GCScavenger': 'gc',
  'V8.GCFinalizeMC': 'gc',
  'V8.GC_MC_BACKGROUND_EVACUATE_COPY': 'gc',
  BlinkGC: 'gc',
};

const bucketOf = (name: string): ReadyBucket => BUCKET_OF[name] ?? (name.startsWith('V8.GC') || name.startsWith('BlinkGC') ? 'gc' : 'other');

interface Span {
  name: string;
  start: number;
  end: number;
  cpu: number;
}

/**
 * The renderer main thread that loaded `url`: the thread whose navigationStart mark names it.
 * Returns the thread and that mark's time (µs), or undefined when the trace has none.
 */
export function mainThreadOf(events: readonly TraceEvent[], url: string): { pid: number; tid: number; navigationStart: number } | undefined {
  const marks = events.filter((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url);
  const last = marks.sort((a, b) => a.ts - b.ts).at(-1);
  return last && { pid: last.pid, tid: last.tid, navigationStart: last.ts };
}

/** Complete events of one thread, begin/end pairs joined into spans; CPU time where recorded, else wall. */
function spansOf(events: readonly TraceEvent[], pid: number, tid: number): Span[] {
  const spans: Span[] = [];
  const open: TraceEvent[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid) continue;
    if (e.ph === 'X' && e.dur !== undefined) spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur, cpu: e.tdur ?? e.dur });
    else if (e.ph === 'B') open.push(e);
    else if (e.ph === 'E') {
      const begin = open.pop();
      if (begin) spans.push({ name: begin.name, start: begin.ts, end: e.ts, cpu: begin.tts !== undefined && e.tts !== undefined ? e.tts - begin.tts : e.ts - begin.ts });
    }
  }
  // Parents before their children: by start, the longer first when two start together.
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Splits one thread's CPU time from `from` to `until` (µs) by bucket, each event counted by its
 * self time (its own time less its children's), so a forced layout inside a script call counts
 * as layout, not script. A span that crosses either end counts whole, or with `clip`, in part.
 * @example readyBreakdown(trace, main, start, start + readyMs * 1000).buckets.parse
 */
export function readyBreakdown(events: readonly TraceEvent[], thread: { pid: number; tid: number }, from: number, until: number, { clip = false } = {}): ReadyBreakdown {
  const buckets = Object.fromEntries(READY_BUCKETS.map((b) => [b, 0])) as Record<ReadyBucket, number>;
  const names = new Map<string, number>();
  const stack: (Span & { self: number })[] = [];
  // Clipped, a span that crosses `from` or `until` counts the share of its self time that its
  // wall time inside the window is of the whole: phases that meet at a mark then split a task.
  const share = (span: Span) => (!clip || span.end <= span.start ? 1 : (Math.min(span.end, until) - Math.max(span.start, from)) / (span.end - span.start));
  const settle = (span: Span & { self: number }) => {
    const ms = (Math.max(0, span.self) * share(span)) / 1000;
    buckets[bucketOf(span.name)] += ms;
    names.set(span.name, (names.get(span.name) ?? 0) + ms);
  };
  for (const span of spansOf(events, thread.pid, thread.tid)) {
    if (span.start >= until || span.end <= from) continue;
    while (stack.length > 0 && stack.at(-1)!.end <= span.start) settle(stack.pop()!);
    const parent = stack.at(-1);
    if (parent) parent.self -= span.cpu;
    stack.push({ ...span, self: span.cpu });
  }
  while (stack.length > 0) settle(stack.pop()!);
  const total = READY_BUCKETS.reduce((sum, b) => sum + buckets[b], 0);
  return { total, buckets, names };
}

/**
 * The trace event names that took the most self time, each with its median over the runs (a run
 * without the name counts 0), most first.
 * @example topNames([new Map([['Layout', 4]]), new Map([['Layout', 2], ['GC', 1]])]) // [['Layout', 3], ['GC', 0.5]]
 */
export function topNames(runs: readonly ReadonlyMap<string, number>[], count = 12): [string, number][] {
  const all = new Set(runs.flatMap((r) => [...r.keys()]));
  return [...all]
    .map((name): [string, number] => [name, median(runs.map((r) => r.get(name) ?? 0)) ?? 0])
    .sort((a, b) => b[1] - a[1])
    .slice(0, count);
}

/** Milliseconds as the trace reports print them: whole from 100, else to a tenth. @example formatMs(4.26) // '4.3' */
export const formatMs = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** Each bucket's median over the runs, as a report line's breakdown. @example bucketsText(runs) // 'parse 0.6, css 0.0, …' */
export function bucketsText(runs: readonly { buckets: Record<ReadyBucket, number> }[]): string {
  return READY_BUCKETS.map((b) => `${b} ${formatMs(median(runs.map((r) => r.buckets[b])) ?? 0)}`).join(', ');
}

/** The costliest trace names over the runs (topNames), as a report's indented second line. */
export function namesText(runs: readonly { names: ReadonlyMap<string, number> }[]): string {
  return `        ${topNames(runs.map((r) => r.names)).map(([name, ms]) => `${name} ${formatMs(ms)}`).join(', ')}`;
}
