// npm run lighthouse — Lighthouse's scores for the reader page, an event page and the embed
// (mobile, simulated throttling: Lighthouse's defaults), a benchmark and not part of the tests.
// Builds the site from the committed data (or, with --events N, from N generated events, scoring
// the reader page alone) into folders of its own, serves it on 127.0.0.1 gzipped as a host would,
// and drives Debian's Chromium through chrome-launcher: nothing is downloaded. Prints the median
// of --runs (3) runs of each page and exits 1 when a score misses its budget (lighthouseBudgets).
// --json DIR also writes every run's full report there (`<page>-<run>.json`), to see which audits
// cost what. --cpu-time scores each run's trace with every task lasting its thread CPU time
// (cpuTimeTrace): on a machine whose two cores other work shares, the wall clock counts a task's
// wait for a core as blocking time, and the scores fall by tens of points.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLineOrExit } from './io/commandLineOrExit.ts';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import lighthousePackage from 'lighthouse/package.json' with { type: 'json' };
import { median } from 'd3';
import { buildSite } from './io/bench/buildSite.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './io/browser.ts';
import { gzipFiles } from './io/gzipFiles.ts';
import { serve } from './io/serve.ts';
import { generateTimeline } from './lib/bench/generateTimeline.ts';
import { writeGenerated } from './io/bench/writeGenerated.ts';
import { cpuTimeTrace } from './lib/bench/cpuTimeTrace.ts';
import type { TraceEvent } from './lib/bench/readyBreakdown.ts';
import { checkLighthouse, lighthousePages, LIGHTHOUSE_CATEGORIES, type LighthouseCategory } from './lib/bench/lighthouseBudgets.ts';
import { EventsFile } from '../src/lib/eventSchema.ts';
import { eventPath } from '../src/lib/urls.ts';

const USAGE = `usage: npm run lighthouse -- [--events N] [--runs 3] [--json DIR] [--cpu-time]
  --events N  score the reader page of N generated events instead of the committed data
  --runs N    runs of each page; the median is reported
  --json DIR  write every run's full Lighthouse report into DIR
  --cpu-time  score every task at its CPU time, not its wall-clock time (a busy machine)`;
const values = commandLineOrExit(process.argv.slice(2), { events: { type: 'string' }, runs: { type: 'string', default: '3' }, json: { type: 'string' }, 'cpu-time': { type: 'boolean' }, help: { type: 'boolean' } }, USAGE);
const events = values.events === undefined ? undefined : Number(values.events.replaceAll('_', ''));
const runs = Number(values.runs);
if (events !== undefined && !(Number.isInteger(events) && events > 0)) {
  console.error(`invalid --events: ${values.events} (expected a positive whole number)`);
  process.exit(2);
}
if (!(Number.isInteger(runs) && runs > 0)) {
  console.error(`invalid --runs: ${values.runs} (expected a positive whole number)`);
  process.exit(2);
}

const METRICS = [
  ['first-contentful-paint', 'FCP', ' ms', 0],
  ['largest-contentful-paint', 'LCP', ' ms', 0],
  ['total-blocking-time', 'TBT', ' ms', 0],
  ['cumulative-layout-shift', 'CLS', '', 3],
  ['speed-index', 'Speed Index', ' ms', 0],
] as const;

const ROOT = join(import.meta.dirname, '..');
const work = await mkdtemp(join(tmpdir(), 'lighthouse-'));
let built: Awaited<ReturnType<typeof buildSite>> | undefined;
let server: Awaited<ReturnType<typeof serve>> | undefined;
let chrome: chromeLauncher.LaunchedChrome | undefined;
let missed = 0;
try {
  let paths = { data: join(ROOT, 'data/events.json'), seeds: join(ROOT, 'seeds') };
  let firstId = EventsFile.parse(JSON.parse(await readFile(paths.data, 'utf8'))).events[0]!.id;
  if (events !== undefined) {
    const generated = generateTimeline(events);
    paths = await writeGenerated(work, generated);
    firstId = generated.file.events[0]!.id;
  }
  console.error(`building the site from ${events === undefined ? 'the committed data' : `${events.toLocaleString('en')} generated events`}…`);
  built = await buildSite(paths);
  await gzipFiles(built.outDir);
  server = await serve(built.outDir, { gzip: true });
  if (values.json !== undefined) await mkdir(values.json, { recursive: true });
  chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_ARGS });

  for (const page of lighthousePages(eventPath(firstId), events !== undefined)) {
    const categories = LIGHTHOUSE_CATEGORIES.filter((c) => page.budgets[c] !== undefined);
    const scores: Partial<Record<LighthouseCategory, number | null>>[] = [];
    const metrics = new Map<string, number[]>();
    for (let run = 0; run < runs; run++) {
      const result = values['cpu-time'] ? await scoreAtCpuTime(`${server.origin}${page.path}`, chrome.port, [...categories]) : await lighthouse(`${server.origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${page.path}: ${lhr.runtimeError.message}`);
      if (values.json !== undefined) await writeFile(join(values.json, `${page.name.replaceAll(' ', '-')}-${run + 1}.json`), JSON.stringify(lhr));
      scores.push(Object.fromEntries(categories.map((c) => [c, lhr.categories[c]?.score ?? null])));
      for (const [audit] of METRICS) {
        const value = lhr.audits[audit]?.numericValue;
        if (value !== undefined) metrics.set(audit, [...(metrics.get(audit) ?? []), value]);
      }
    }
    const lines = checkLighthouse(page.budgets, scores);
    missed += lines.filter((l) => !l.pass).length;
    console.log(`${page.name} (${page.path}): ${lines.map((l) => `${l.category} ${l.score}${l.pass ? '' : ` (MISSED: budget ${l.budget})`}`).join(', ')}`);
    const shown = METRICS.map(([audit, name, unit, digits]) => `${name} ${metrics.has(audit) ? `${median(metrics.get(audit)!)!.toFixed(digits)}${unit}` : '—'}`);
    console.log(`  ${shown.join(', ')}`);
  }
  console.log(`median of ${runs} run${runs === 1 ? '' : 's'} each; Lighthouse ${lighthousePackage.version}, mobile, simulated throttling${values['cpu-time'] ? ', tasks at their CPU time' : ''}; ${chrome.process.spawnargs[0]}`);
} finally {
  // chrome-launcher kills the browser it started, by its own process id.
  chrome?.kill();
  await server?.close();
  if (built) await rm(built.outDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
}
if (missed > 0) process.exitCode = 1;

/** One Lighthouse run whose trace is scored with every task at its CPU time: gathered to a folder, rewritten, then audited. */
async function scoreAtCpuTime(url: string, port: number, onlyCategories: string[]) {
  const saved = await mkdtemp(join(tmpdir(), 'lighthouse-run-'));
  try {
    await lighthouse(url, { port, logLevel: 'error', onlyCategories, gatherMode: saved });
    const file = join(saved, 'defaultPass.trace.json');
    const trace = JSON.parse(await readFile(file, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
    const traceEvents = cpuTimeTrace(Array.isArray(trace) ? trace : trace.traceEvents);
    await writeFile(file, JSON.stringify(Array.isArray(trace) ? traceEvents : { ...trace, traceEvents }));
    return await lighthouse(undefined, { logLevel: 'error', onlyCategories, auditMode: saved });
  } finally {
    await rm(saved, { recursive: true, force: true });
  }
}
