// npm run bench:trace — where the reader page's time to ready goes, against the floor's (a
// benchmark, not a test). For each size, builds the site from that many generated events (as
// `npm run bench` does), and visits the reader page, the same page with scripting off, and the
// floor, in turn, each in a fresh context with the cache off, under a Chromium trace. Prints, per
// page, the median over --runs of the wall-clock ready time and of the main thread's CPU time
// until ready, split into HTML parse, style sheet parse, style, layout, paint, script compile and
// run, garbage collection and the rest; with the canvas's own drawing time and the fonts fetched.
// A second line per page gives the moments from navigation to ready (response, parsed, drawn,
// DOMContentLoaded, load, the last long animation frame) and which of them set ready: the wait.
// With --references, the floor again with one trivial script each (a module file, a deferred
// classic file, inline): what loading a script costs a page's ready time, before it does anything.
//   npm run bench:trace -- --sizes 20,200 --runs 5 [--keep] [--names: the costliest trace events too] [--save DIR: the traces] [--references]
//   [--site DIR --variant page.html…: a kept site, and pages in it edited by hand, traced as the reader page]
//   [--static page.html…: pages of that site traced with scripting off, ready at load, as the reader's no-JS visit]
// Each page also gets its load split into phases (navigation, parse, the timeline's start, the
// load event, the last frame: wall and CPU time each) and what it weighs: requests, bytes
// fetched, DOM nodes, style rules and the layout objects of its largest layout before ready.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { median } from 'd3';
import type { Browser } from 'playwright-core';
import { launch } from './io/browser.ts';
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import { serve } from './io/serve.ts';
import { buildSite } from './io/bench/buildSite.ts';
import { watchReady } from './io/bench/measurePage.ts';
import { floorPage } from './lib/bench/floorPage.ts';
import { floorWithScript, REFERENCE_SCRIPT, REFERENCE_SCRIPT_CODE, type ScriptLoading } from './lib/bench/floorWithScript.ts';
import { generateTimeline } from './lib/bench/generateTimeline.ts';
import { writeGenerated } from './io/bench/writeGenerated.ts';
import { bucketsText, formatMs, mainThreadOf, namesText, readyBreakdown, type ReadyBucket, type TraceEvent } from './lib/bench/readyBreakdown.ts';
import { momentsText, type ReadyMoments } from './lib/bench/readyMoments.ts';
import { loadPhases, phasesText, traceMarks, type LoadPhase, type PhaseFigures } from './lib/bench/loadPhases.ts';

const USAGE = `usage: npm run bench:trace -- [options]
  --sizes N,N      generated events per site (default: 20,200)
  --runs N         visits of each page; medians are reported (default: 5)
  --keep           keep the built sites
  --names          also list the costliest trace events
  --save DIR       write the traces into DIR
  --references     also trace the floor with one trivial script: a module file, a deferred file, inline
  --site DIR       trace a kept site instead of building one
  --variant FILE   a page of that site, edited by hand, traced as the reader page; may be repeated
  --static FILE    a page of that site traced with scripting off (ready at load); may be repeated`;
const values = commandLineOrExit(process.argv.slice(2), { sizes: { type: 'string', default: '20,200' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false }, names: { type: 'boolean', default: false }, save: { type: 'string' }, references: { type: 'boolean', default: false }, site: { type: 'string' }, variant: { type: 'string', multiple: true, default: [] }, static: { type: 'string', multiple: true, default: [] }, help: { type: 'boolean', default: false } }, USAGE);
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
const runs = Number(values.runs);
if (sizes.some((n) => !(Number.isInteger(n) && n > 0)) || !(Number.isInteger(runs) && runs > 0)) {
  console.error(`invalid --sizes ${values.sizes} or --runs ${values.runs} (expected positive whole numbers)`);
  process.exit(2);
}

// The categories DevTools' performance panel records, with each event's thread CPU time.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8', 'v8.execute', 'toplevel'];
const TIMEOUT = 120_000;
let saved = 0;

interface Visit {
  readyMs: number;
  cpu: number;
  buckets: Record<ReadyBucket, number>;
  drawMs: number;
  fonts: number;
  fontsEndMs: number;
  names: Map<string, number>;
  /** With scripting on: when each step to ready came. */
  moments?: ReadyMoments;
  phases: Record<LoadPhase, PhaseFigures>;
  weight: PageWeight;
}

/** What a page is made of, as loaded: requests and bytes fetched, DOM nodes, style rules, layout objects. */
interface PageWeight {
  requests: number;
  bytes: number;
  nodes: number;
  rules: number;
  layoutObjects: number;
}

/** Runs in the page (with or without its scripts): every node, and every style rule, nested ones included. */
function countPage(): { nodes: number; rules: number } {
  let nodes = 0;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) nodes++;
  const count = (rules: CSSRuleList): number => [...rules].reduce((n, r) => n + 1 + ('cssRules' in r ? count((r as CSSGroupingRule).cssRules) : 0), 0);
  return { nodes, rules: [...document.styleSheets].reduce((n, sheet) => n + count(sheet.cssRules), 0) };
}

/** Runs in the page before its scripts: keeps every long animation frame (over 50 ms) as [start, end]. */
function keepLongFrames(): void {
  const frames: [number, number][] = [];
  (window as unknown as { __frames: typeof frames }).__frames = frames;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) frames.push([e.startTime, e.startTime + e.duration]);
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // A browser without the entry type: no frames to report.
  }
}

/** One traced visit: ready as `npm run bench` takes it (load alone with scripting off). */
async function visit(browser: Browser, url: string, drawn: number | null, script: boolean): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce', bypassCSP: true, javaScriptEnabled: script });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    // With scripting off there is no probe: ready is the load event, read from the trace.
    const ready = script ? await watchReady(page, cdp, drawn === null ? { kind: 'load' } : { kind: 'drawn', events: drawn }, TIMEOUT) : undefined;
    await page.addInitScript(keepLongFrames);
    const fetched = { requests: 0, bytes: 0 };
    // Bytes as they came over the wire (headers and body), as the network panel counts them.
    cdp.on('Network.loadingFinished', (e) => {
      fetched.requests++;
      fetched.bytes += e.encodedDataLength;
    });
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    let readyMs: number | undefined;
    let drawMs = 0;
    let fonts = { count: 0, endMs: 0 };
    let moments: ReadyMoments | undefined;
    if (ready) {
      readyMs = await ready();
      drawMs = await page.evaluate(() => (document.querySelector('conflict-timeline') as unknown as { frameTimes?: number[] } | null)?.frameTimes?.reduce((a, b) => a + b, 0) ?? 0);
      fonts = await page.evaluate(() => {
        const entries = performance.getEntriesByType('resource').filter((e) => /\.(woff2?|ttf|otf)(\?|$)/.test(e.name)) as PerformanceResourceTiming[];
        return { count: entries.length, endMs: Math.max(0, ...entries.map((e) => e.responseEnd)) };
      });
      moments = await page.evaluate((ready) => {
        const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const w = window as unknown as { __bench: { markAt?: number }; __frames: [number, number][] };
        return {
          responseEnd: n.responseEnd, domInteractive: n.domInteractive, drawn: w.__bench.markAt, domContentLoaded: n.domContentLoadedEventEnd,
          load: n.loadEventEnd, frames: [...w.__frames].sort((a, b) => a[1] - b[1]), ready,
        };
      }, readyMs);
    } else {
      await page.waitForTimeout(600);
    }
    const bytes = await browser.stopTracing();
    // With --save DIR: each trace as a file DevTools' performance panel opens.
    if (values.save) await writeFile(join(values.save, `trace-${++saved}.json`), bytes);
    const trace = JSON.parse(bytes.toString('utf8')) as { traceEvents: TraceEvent[] };
    const thread = mainThreadOf(trace.traceEvents, url);
    if (!thread) throw new Error(`no navigationStart for ${url} in the trace`);
    if (readyMs === undefined) {
      // Scripting off: the page is ready at its load event's end, read from the trace.
      const load = trace.traceEvents.find((e) => e.name === 'loadEventEnd' && e.pid === thread.pid && e.ts >= thread.navigationStart);
      if (!load) throw new Error(`no loadEventEnd for ${url} in the trace`);
      readyMs = (load.ts - thread.navigationStart) / 1000;
    }
    const { total, buckets, names } = readyBreakdown(trace.traceEvents, thread, thread.navigationStart, thread.navigationStart + readyMs * 1000);
    const marks = traceMarks(trace.traceEvents, thread, url, readyMs, moments?.drawn);
    if (!marks) throw new Error(`no ParseHTML, domInteractive or loadEventEnd for ${url} in the trace`);
    const phases = loadPhases(trace.traceEvents, thread, marks);
    const layouts = trace.traceEvents.filter((e) => e.name === 'Layout' && e.pid === thread.pid && e.tid === thread.tid && e.ts >= thread.navigationStart && e.ts < thread.navigationStart + readyMs * 1000);
    const layoutObjects = Math.max(0, ...layouts.map((e) => (e.args as { beginData?: { totalObjects?: number } } | undefined)?.beginData?.totalObjects ?? 0));
    const weight = { ...fetched, ...(await page.evaluate(countPage)), layoutObjects };
    return { readyMs, cpu: total, buckets, drawMs, fonts: fonts.count, fontsEndMs: fonts.endMs, names, moments, phases, weight };
  } finally {
    await context.close();
  }
}

function report(events: number, name: string, visits: Visit[]): string {
  const m = (pick: (v: Visit) => number) => median(visits.map(pick)) ?? 0;
  const line = `${String(events).padStart(6)}  ${name.padEnd(15)} ready ${formatMs(m((v) => v.readyMs)).padStart(5)} ms  CPU ${formatMs(m((v) => v.cpu)).padStart(5)} ms (least ${formatMs(Math.min(...visits.map((v) => v.cpu)))}) = ${bucketsText(visits)}; canvas draw ${formatMs(m((v) => v.drawMs))}; fonts ${m((v) => v.fonts)} (done at ${formatMs(m((v) => v.fontsEndMs))} ms)`;
  const moments = visits.flatMap((v) => (v.moments ? [v.moments] : []));
  const when = moments.length > 0 ? `\n        ${momentsText(moments)}` : '';
  const w = (pick: (w: PageWeight) => number) => m((v) => pick(v.weight));
  const weight = `\n        ${w((x) => x.requests)} requests, ${(w((x) => x.bytes) / 1024).toFixed(1)} KB fetched, ${w((x) => x.nodes)} DOM nodes, ${w((x) => x.rules)} style rules, ${w((x) => x.layoutObjects)} layout objects`;
  const phases = `\n${phasesText(visits.map((v) => v.phases))}`;
  if (!values.names) return `${line}${when}${weight}${phases}`;
  // With --names: the trace events that took the most self time, medians over the runs.
  return `${line}${when}${weight}${phases}\n${namesText(visits)}`;
}

if (values.save) await mkdir(values.save, { recursive: true });
const browser = await launch();
console.error(`load average ${loadavg()[0]!.toFixed(1)} at the start`);
try {
  for (const events of sizes) {
    const dir = await mkdtemp(join(tmpdir(), `trace-${events}-`));
    let outDir: string | undefined;
    try {
      if (values.site) {
        // A site built before (--keep), to compare pages edited by hand (--variant) with it.
        outDir = values.site;
      } else {
        const generated = generateTimeline(events);
        console.error(`${events} events: building`);
        outDir = (await buildSite(await writeGenerated(dir, generated))).outDir;
        await writeFile(join(outDir, 'floor.html'), floorPage(generated.file.events));
      }
      const loadings: readonly ScriptLoading[] = values.references ? ['module', 'defer', 'inline'] : [];
      if (loadings.length > 0) await writeFile(join(outDir, REFERENCE_SCRIPT), REFERENCE_SCRIPT_CODE);
      // The floor as this site has it: a kept site's was written when it was built.
      for (const how of loadings) await writeFile(join(outDir, `floor-${how}.html`), floorWithScript(await readFile(join(outDir, 'floor.html'), 'utf8'), how));
      const server = await serve(outDir);
      const pages = [
        { name: 'reader', url: `${server.origin}/`, drawn: events, script: true, visits: [] as Visit[] },
        { name: 'reader, no JS', url: `${server.origin}/`, drawn: null, script: false, visits: [] as Visit[] },
        { name: 'floor', url: `${server.origin}/floor.html`, drawn: null, script: true, visits: [] as Visit[] },
        // Ready at load, as the floor's: the script marks nothing the benchmark waits for.
        ...loadings.map((how) => ({ name: `floor + ${how}`, url: `${server.origin}/floor-${how}.html`, drawn: null, script: true, visits: [] as Visit[] })),
        ...values.variant.map((path) => ({ name: path, url: `${server.origin}/${path}`, drawn: events, script: true, visits: [] as Visit[] })),
        ...values.static.map((path) => ({ name: `${path}, no JS`, url: `${server.origin}/${path}`, drawn: null, script: false, visits: [] as Visit[] })),
      ];
      try {
        // The pages take turns run by run, so a slow spell of a shared machine spreads over all.
        for (let run = 0; run < runs; run++) {
          for (const page of pages) page.visits.push(await visit(browser, page.url, page.drawn, page.script));
        }
      } finally {
        await server.close();
      }
      for (const page of pages) console.log(report(events, page.name, page.visits));
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
