import { expect, test } from 'vitest';
import { cpuTimeTrace } from '../../scripts/lib/bench/cpuTimeTrace.ts';
import type { TraceEvent } from '../../scripts/lib/bench/readyBreakdown.ts';

const task = (ts: number, dur: number, tdur?: number, tid = 1): TraceEvent => ({ name: 'RunTask', ph: 'X', pid: 7, tid, ts, dur, ...(tdur === undefined ? {} : { tdur }) });
const inner = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({ name, ph: 'X', pid: 7, tid, ts, dur });

test('cpuTimeTrace shortens a task kept waiting for a core to its CPU time, and its events with it towards its start', () => {
  const [parse, layout, outer] = [inner('ParseHTML', 1_100, 200), inner('Layout', 1_300, 100), task(1_000, 400, 100)];
  const out = cpuTimeTrace([parse!, layout!, outer!]);
  expect(out.map((e) => [e.name, e.ts, e.dur])).toEqual([
    ['ParseHTML', 1_025, 50],
    ['Layout', 1_075, 25],
    ['RunTask', 1_000, 100],
  ]);
  // New events: the trace given is left as it was.
  expect(outer!.dur).toBe(400);
});

test('cpuTimeTrace leaves tasks without a CPU time, tasks that were not slowed, events between tasks and other threads alone', () => {
  const events = [task(0, 100), inner('ParseHTML', 10, 50), task(200, 100, 100), inner('Layout', 210, 50), inner('Paint', 350, 10), inner('Layout', 20, 30, 2)];
  expect(cpuTimeTrace(events)).toEqual(events);
});

test('cpuTimeTrace gives each event to the task whose span holds its start, on its own thread', () => {
  const out = cpuTimeTrace([task(0, 100, 50), inner('A', 50, 10), task(100, 100, 25), inner('B', 150, 20), inner('C', 150, 20, 2)]);
  expect(out.map((e) => [e.name, e.ts, e.dur])).toEqual([
    ['RunTask', 0, 50],
    ['A', 25, 5],
    ['RunTask', 100, 25],
    ['B', 112.5, 5],
    ['C', 150, 20],
  ]);
});
