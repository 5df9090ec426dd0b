import { expect, test } from 'vitest';
import { loadPhases, phasesText, traceMarks } from '../../scripts/lib/bench/loadPhases.ts';
import { readyBreakdown, type TraceEvent } from '../../scripts/lib/bench/readyBreakdown.ts';

const MAIN = { pid: 1, tid: 7, navigationStart: 1_000_000 };
const at = (ms: number) => MAIN.navigationStart + ms * 1000;
const x = (name: string, ms: number, durMs: number): TraceEvent => ({ name, ph: 'X', ts: at(ms), dur: durMs * 1000, tdur: durMs * 1000, pid: 1, tid: 7 });
const mark = (name: string, ms: number, frame = 'F'): TraceEvent => ({ name, ph: 'R', ts: at(ms), pid: 1, tid: 7, args: { frame } as TraceEvent['args'] });
const parse = (ms: number, url: string, frame = 'F'): TraceEvent => ({ ...x('ParseHTML', ms, 2), args: { beginData: { frame, url } } as TraceEvent['args'] });

test('traceMarks takes the page’s own parse and marks, not the initial empty document’s or an SVG image’s', () => {
  const events = [
    parse(1, ''), mark('domInteractive', 1.5), mark('loadEventEnd', 2),
    parse(20, 'http://127.0.0.1:1/'), mark('domInteractive', 30),
    mark('domInteractive', 40, 'SVG'), mark('loadEventEnd', 41, 'SVG'),
    mark('loadEventEnd', 50),
  ];
  expect(traceMarks(events, MAIN, 'http://127.0.0.1:1/', 60, 45)).toEqual({ parseStart: 20, parsed: 30, drawn: 45, load: 50, ready: 60 });
  expect(traceMarks(events, MAIN, 'http://127.0.0.1:1/floor.html', 60)).toBeUndefined();
});

test('loadPhases splits navigation to ready at the marks, a task that crosses one counted on both sides by its share', () => {
  const events = [x('RunTask', 5, 4), x('ParseHTML', 20, 10), x('Layout', 35, 10), x('FunctionCall', 50, 4)];
  const phases = loadPhases(events, MAIN, { parseStart: 20, parsed: 30, drawn: 40, load: 52, ready: 60 });
  expect(Object.fromEntries(Object.entries(phases).map(([k, p]) => [k, p.wall]))).toEqual({ navigation: 20, parse: 10, start: 10, load: 12, frame: 8 });
  expect(phases.parse.buckets.parse).toBe(10);
  // The layout from 35 to 45 ms: half before the timeline's mark at 40, half after.
  expect(phases.start.buckets.layout).toBe(5);
  expect(phases.load.buckets.layout).toBe(5);
  expect(phases.load.buckets.script + phases.frame.buckets.script).toBe(4);
  const cpu = Object.values(phases).reduce((sum, p) => sum + p.cpu, 0);
  expect(cpu).toBeCloseTo(readyBreakdown(events, MAIN, at(0), at(60)).total);
});

test('loadPhases gives a page without a timeline no start, and closes a phase whose mark came early at the one before', () => {
  const phases = loadPhases([], MAIN, { parseStart: 20, parsed: 30, load: 25, ready: 40 });
  expect([phases.start.wall, phases.load.wall, phases.frame.wall]).toEqual([0, 0, 10]);
  expect(phasesText([phases, phases])).toContain('frame      wall  10.0  CPU   0.0');
});
