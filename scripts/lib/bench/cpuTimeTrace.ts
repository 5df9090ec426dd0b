import type { TraceEvent } from './readyBreakdown.ts';

/**
 * The trace as if each task had run alone on its core: every top-level task (`RunTask`) lasts
 * its thread CPU time (`tdur`) instead of its wall-clock time, and the events inside it shrink
 * with it towards its start. Lighthouse's simulated throttling multiplies each task's duration
 * (4× on mobile), so on a machine whose cores other work shares, a task waiting for a core is
 * scored as blocking; scored on this trace, it is not. Events outside tasks, and tasks without
 * a CPU time or not slowed, are kept as they are; a new array of new events is returned, each
 * with every field of its original (Lighthouse reads more of them than the type names).
 * @example cpuTimeTrace([{ name: 'RunTask', ph: 'X', pid: 1, tid: 1, ts: 0, dur: 100, tdur: 25 }])[0].dur // 25
 */
export function cpuTimeTrace(events: readonly TraceEvent[]): TraceEvent[] {
  const out = events.map((e) => ({ ...e }));
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of out) {
    const key = `${e.pid}:${e.tid}`;
    const list = byThread.get(key);
    if (list) list.push(e);
    else byThread.set(key, [e]);
  }
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    // Tasks do not nest in tasks; an event belongs to the task whose span holds its start.
    let task: TraceEvent | undefined;
    let start = 0;
    let end = 0;
    let ratio = 1;
    for (const e of list) {
      if (e.name === 'RunTask' && e.ph === 'X' && e.dur !== undefined && e.ts >= end) {
        task = e.tdur !== undefined && e.tdur < e.dur ? e : undefined;
        start = e.ts;
        end = e.ts + e.dur;
        ratio = task ? task.tdur! / task.dur! : 1;
        if (task) task.dur = task.tdur;
        continue;
      }
      if (!task || e.ts >= end) continue;
      e.ts = start + (e.ts - start) * ratio;
      if (e.dur !== undefined) e.dur *= ratio;
    }
  }
  return out;
}
