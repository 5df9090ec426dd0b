// npm run bench:steps — where a zoom, a pan and a filter step of the reader page's timeline
// spend their time (a benchmark, not a test). Builds the site from that many generated events (as
// `npm run bench` does), and visits the reader page --runs times, each in a fresh context; once
// it is ready, takes the steps `npm run bench` times (the same code: zoom, pan, filter, in that
// order, with the same pauses) under a Chromium trace. Prints per step the median wall-clock
// figures the bench reports and the median CPU time of the renderer's main thread over the step,
// split into script, style, layout, paint, GC and the rest, and the CPU time of the page's other
// threads (raster, compositor) and of the GPU process; thread CPU time is less sensitive to a
// busy machine than wall-clock time. The figures cover the step until the task after its frame,
// as the bench's "to frame" does; what the page defers to idle time after it is not counted.
//   npm run bench:steps -- --sizes 10000 --runs 3 [--names] [--keep] [--site DIR] [--save DIR]
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'd3';
import type { Browser } from 'playwright-core';
import { launch } from './io/browser.ts';
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import { serve } from './io/serve.ts';
import { buildSite } from './io/bench/buildSite.ts';
import { showTimeline, takeStep, watchReady, type Step } from './io/bench/measurePage.ts';
import { fittingTimeline } from './lib/bench/fittingTimeline.ts';
import { writeGenerated } from './io/bench/writeGenerated.ts';
import { bucketsText, formatMs, namesText, readyBreakdown, type ReadyBucket, type TraceEvent } from './lib/bench/readyBreakdown.ts';

const USAGE = `usage: npm run bench:steps -- [options]
  --sizes N,N   generated events per site (default: 10000)
  --runs N      visits of the reader page; medians are reported (default: 3)
  --keep        keep the built sites
  --names       also list the costliest trace events
  --save DIR    write the traces into DIR
  --site DIR    time a kept site instead of building one`;
const values = commandLineOrExit(process.argv.slice(2), { sizes: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false }, names: { type: 'boolean', default: false }, save: { type: 'string' }, site: { type: 'string' }, help: { type: 'boolean', default: false } }, USAGE);
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const runs = Number(values.runs);
if (sizes.some((n) => !(Number.isInteger(n) && n > 0)) || !(Number.isInteger(runs) && runs > 0)) {
  console.error(`invalid --sizes ${values.sizes} or --runs ${values.runs} (expected positive whole numbers)`);
  process.exit(2);
}

const CATEGORIES = ['devtools.timeline', 'blink.user_timing', 'v8', 'v8.execute', 'toplevel', 'cc', 'gpu', 'blink', 'skia'];
const STEPS = ['zoom', 'pan', 'filter'] as const satisfies readonly Step[];
const TIMEOUT = 120_000;
let saved = 0;

interface StepFigures {
  work: number;
  frame: number;
  cpu: number;
  buckets: Record<ReadyBucket, number>;
  drawMs: number;
  /** CPU time of the renderer's other threads and of the GPU process over the step, ms. */
  others: number;
  gpu: number;
  names: Map<string, number>;
}

/** CPU time (ms) of the top-level tasks of threads matching `keep`, between `from` and `until` (µs). */
function threadsCpu(events: readonly TraceEvent[], keep: (e: TraceEvent) => boolean, from: number, until: number): number {
  let total = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts < from || e.ts >= until || !keep(e)) continue;
    if (e.name === 'ThreadControllerImpl::RunTask' || e.name === 'ThreadPool_RunTask') total += (e.tdur ?? e.dur) / 1000;
  }
  return total;
}

/** One traced visit: ready, then each step as `npm run bench` takes it. */
async function visit(browser: Browser, url: string, drawn: number): Promise<Record<(typeof STEPS)[number], StepFigures>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', bypassCSP: true });
  try {
    const page = await context.newPage();
    const ready = await watchReady(page, await context.newCDPSession(page), { kind: 'drawn', events: drawn }, TIMEOUT);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await ready();
    await showTimeline(page);
    await browser.startTracing(page, { categories: CATEGORIES });
    const wall: Partial<Record<Step, { work: number; frame: number; drawMs: number }>> = {};
    for (const step of STEPS) {
      // Past the 300 ms after which the element writes a moved view into the URL, as the bench waits.
      await page.waitForTimeout(400);
      // The marks bound the step as the bench times it: from the step to the task after its frame.
      // Work queued for idle time after that frame (the range line, the URL) falls outside.
      const times = await page.evaluate(`(async () => {
        performance.mark('step-${step}-start');
        const times = await (${takeStep.toString()})('${step}');
        performance.mark('step-${step}-end');
        return times;
      })()`) as { work: number; frame: number };
      const drawMs = await page.evaluate(() => (document.querySelector('conflict-timeline') as unknown as { frameTimes: number[] }).frameTimes.reduce((a, b) => a + b, 0));
      wall[step] = { ...times, drawMs };
    }
    const bytes = await browser.stopTracing();
    if (values.save) await writeFile(join(values.save, `steps-${++saved}.json`), bytes);
    const events = (JSON.parse(bytes.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    // Tracing starts after the navigation: the page's main thread is the one that holds the steps' marks.
    const first = events.find((e) => e.name === 'step-zoom-start');
    if (!first) throw new Error(`no step marks for ${url} in the trace`);
    const thread = { pid: first.pid, tid: first.tid };
    const gpuPid = events.find((e) => e.ph === 'M' && e.name === 'process_name' && (e.args as { name?: string })?.name === 'GPU Process')?.pid;
    const markAt = (name: string) => events.find((e) => e.name === name && e.pid === thread.pid)?.ts;
    const result = {} as Record<(typeof STEPS)[number], StepFigures>;
    for (const step of STEPS) {
      const [from, until] = [markAt(`step-${step}-start`), markAt(`step-${step}-end`)];
      if (from === undefined || until === undefined) throw new Error(`no marks for the ${step} step in the trace`);
      const { total, buckets, names } = readyBreakdown(events, thread, from, until);
      const others = threadsCpu(events, (e) => e.pid === thread.pid && e.tid !== thread.tid, from, until);
      const gpu = gpuPid === undefined ? 0 : threadsCpu(events, (e) => e.pid === gpuPid, from, until);
      result[step] = { ...wall[step]!, cpu: total, buckets, others, gpu, names };
    }
    return result;
  } finally {
    await context.close();
  }
}

function report(events: number, step: string, visits: StepFigures[]): string {
  const m = (pick: (v: StepFigures) => number) => median(visits.map(pick)) ?? 0;
  const line = `${String(events).padStart(6)}  ${step.padEnd(6)} work ${formatMs(m((v) => v.work)).padStart(5)} ms, to frame ${formatMs(m((v) => v.frame)).padStart(5)} ms, canvas draw ${formatMs(m((v) => v.drawMs))} ms; main thread CPU ${formatMs(m((v) => v.cpu))} ms (least ${formatMs(Math.min(...visits.map((v) => v.cpu)))}) = ${bucketsText(visits)}; other page threads ${formatMs(m((v) => v.others))}, GPU process ${formatMs(m((v) => v.gpu))}`;
  if (!values.names) return line;
  return `${line}\n${namesText(visits)}`;
}

if (values.save) await mkdir(values.save, { recursive: true });
const browser = await launch();
console.error(`load average ${loadavg()[0]!.toFixed(1)} at the start`);
try {
  for (const events of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `steps-${events}-`));
    let outDir: string | undefined;
    try {
      if (values.site) outDir = values.site;
      else {
        // As the bench does: an archive too large for the events file's limit is generated lean.
        console.error(`${events} events: building`);
        outDir = (await buildSite(await writeGenerated(dir, fittingTimeline(events)))).outDir;
      }
      const server = await serve(outDir);
      const visits: Record<string, StepFigures[]> = Object.fromEntries(STEPS.map((s) => [s, []]));
      try {
        for (let run = 0; run < runs; run++) {
          const figures = await visit(browser, `${server.origin}/`, events);
          for (const step of STEPS) visits[step]!.push(figures[step]);
        }
      } finally {
        await server.close();
      }
      for (const step of STEPS) console.log(report(events, step, visits[step]!));
      if (values.keep) console.error(`kept the built site in ${outDir}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
      if (outDir && !values.keep && !values.site) await rm(outDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
console.error(`load average ${loadavg()[0]!.toFixed(1)} at the end`);
