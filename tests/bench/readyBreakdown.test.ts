import { expect, test } from 'vitest';
import { bucketsText, mainThreadOf, namesText, readyBreakdown, topNames, type TraceEvent } from '../../scripts/lib/bench/readyBreakdown.ts';

const MAIN = { pid: 1, tid: 7 };
const x = (name: string, ts: number, dur: number, tdur = dur, thread = MAIN): TraceEvent => ({ name, ph: 'X', ts, dur, tdur, ...thread });

test('readyBreakdown counts each event by its self time, so a layout forced inside a script call is layout', () => {
  const events = [
    x('RunTask', 0, 10_000),
    x('FunctionCall', 1_000, 8_000),
    x('Layout', 2_000, 3_000),
    x('ParseHTML', 20_000, 4_000),
  ];
  const { total, buckets } = readyBreakdown(events, MAIN, 0, 100_000);
  expect(buckets).toMatchObject({ script: 5, layout: 3, parse: 4, other: 2 });
  expect(total).toBe(14);
});

test('readyBreakdown uses thread CPU time where the trace has it, and joins begin/end pairs', () => {
  const events: TraceEvent[] = [
    x('Paint', 0, 4_000, 1_000),
    { name: 'UpdateLayoutTree', ph: 'B', ts: 5_000, tts: 100, ...MAIN },
    { name: 'UpdateLayoutTree', ph: 'E', ts: 9_000, tts: 2_600, ...MAIN },
  ];
  expect(readyBreakdown(events, MAIN, 0, 100_000).buckets).toMatchObject({ paint: 1, style: 2.5 });
});

test('readyBreakdown leaves out other threads and whatever starts after ready or ends before navigation', () => {
  const events = [
    x('Layout', 0, 1_000),
    x('Layout', 5_000, 2_000),
    x('Layout', 5_000, 9_000, 9_000, { pid: 1, tid: 8 }),
    x('Layout', 50_000, 2_000),
  ];
  expect(readyBreakdown(events, MAIN, 2_000, 40_000).total).toBe(2);
});

test('mainThreadOf finds the thread whose last navigationStart names the page', () => {
  const nav = (ts: number, url: string, tid: number): TraceEvent => ({ name: 'navigationStart', ph: 'R', ts, pid: 1, tid, args: { data: { documentLoaderURL: url } } });
  const events = [nav(10, 'http://127.0.0.1:1/', 7), nav(20, 'about:blank', 9), nav(30, 'http://127.0.0.1:1/', 7)];
  expect(mainThreadOf(events, 'http://127.0.0.1:1/')).toEqual({ pid: 1, tid: 7, navigationStart: 30 });
  expect(mainThreadOf(events, 'http://127.0.0.1:1/floor.html')).toBeUndefined();
});

test('topNames ranks trace names by their median over the runs, a run without a name counting 0', () => {
  const runs = [new Map([['Layout', 4], ['GC', 9]]), new Map([['Layout', 2]]), new Map([['Layout', 3], ['Paint', 1]])];
  expect(topNames(runs)).toEqual([['Layout', 3], ['GC', 0], ['Paint', 0]]);
  expect(topNames(runs, 1)).toEqual([['Layout', 3]]);
});

test('bucketsText gives each bucket its median over the runs, and namesText the costliest names', () => {
  const runs = [5, 1, 3].map((parse) => ({
    buckets: { parse, css: 0, style: 0, layout: 120.4, paint: 0, compile: 0, script: 0, gc: 0, other: 0 },
    names: new Map([['ParseHTML', parse]]),
  }));
  expect(bucketsText(runs)).toBe('parse 3.0, css 0.0, style 0.0, layout 120, paint 0.0, compile 0.0, script 0.0, gc 0.0, other 0.0');
  expect(namesText(runs).trim()).toBe('ParseHTML 3.0');
});
