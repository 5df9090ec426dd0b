// npm run bench — the reproducible performance benchmark (not part of the test suite).
// For each size: generates that many events with their articles, builds the site from them,
// and measures in Chromium our reader page, a plain HTML list of the same events (the floor)
// and the same events in Knight Lab's TimelineJS3. Prints a table per size and the budgets,
// writes the result as JSON, and exits 1 when a budget is missed.
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { launch } from './io/browser.ts';
import { serve } from './io/serve.ts';
import { buildSite } from './io/bench/buildSite.ts';
import { describeMachine } from './io/bench/describeMachine.ts';
import { measureAssets, measureRun, type Interactions, type ReadyMark } from './io/bench/measurePage.ts';
import { timeExtraction } from './io/bench/timeExtraction.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import type { BenchResult, PageResult, SizeResult } from './lib/bench/benchResult.ts';
import { checkBudgets } from './lib/bench/checkBudgets.ts';
import { floorPage } from './lib/bench/floorPage.ts';
import { formatReport, formatSize } from './lib/bench/formatReport.ts';
import { generateTimeline } from './lib/bench/generateTimeline.ts';
import { medianRun } from './lib/bench/medianRun.ts';
import { parseBenchArgs } from './lib/bench/parseBenchArgs.ts';
import { timelineJsPage } from './lib/bench/timelineJsPage.ts';

const ROOT = join(import.meta.dirname, '..');
const TIMELINEJS_DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
/** Generous: TimelineJS3 needs some 25 s for 10,000 events on a quiet machine, and this one may not be quiet. */
const TIMEOUT_MS = { page: 120_000, timelineJs: 400_000 };

const progress = (line: string) => console.error(`[bench ${DateTime.now().toFormat('HH:mm:ss')}] ${line}`);

interface PageToMeasure {
  name: string;
  url: string;
  mark: ReadyMark;
  interactions: Interactions;
  timeout: number;
  result: PageResult;
}

/** One run of a page; a page that fails is recorded with its error and not run again at this size. */
async function runPage(browser: Browser, page: PageToMeasure): Promise<void> {
  if (page.result.error) return;
  try {
    const { assets, ...figures } = await measureRun(browser, page.url, page.mark, page.interactions, page.timeout);
    page.result.runs.push(figures);
    page.result.assets ??= assets;
    progress(`  ${page.name}: ready ${figures.readyMs.toFixed(0)} ms${figures.zoomMs === undefined ? '' : `, zoom ${figures.zoomMs.toFixed(1)} ms`}${figures.filterMs === undefined ? '' : `, filter ${figures.filterMs.toFixed(1)} ms`}`);
  } catch (error) {
    page.result.error = (error as Error).message.split('\n')[0]!;
    progress(`  ${page.name} failed: ${page.result.error}`);
  }
}

async function measureSize(browser: Browser, events: number, runs: number, withTimelineJs: boolean): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `bench-${events}-`));
  try {
    const { file, articles } = generateTimeline(events);
    const paths = { data: join(dir, 'events.json'), seeds: join(dir, 'seeds') };
    const dist = join(dir, 'dist');
    await mkdir(paths.seeds);
    await writeFile(paths.data, JSON.stringify(file));
    await Promise.all(articles.map((a) => writeFile(join(paths.seeds, a.name), a.text)));
    progress(`${events} events: building (${articles.length} articles)`);
    const buildSeconds = await buildSite(paths, dist);
    await stat(join(dist, 'timelinejs.json'));
    await writeFile(join(dist, 'floor.html'), floorPage(file.events));
    await cp(TIMELINEJS_DIST, join(dist, 'timelinejs-lib'), { recursive: true });
    await writeFile(join(dist, 'timelinejs-bench.html'), timelineJsPage('/timelinejs-lib/', '/timelinejs.json'));
    progress(`${events} events: built in ${buildSeconds.toFixed(1)} s`);

    const server = await serve(dist);
    const pages: PageToMeasure[] = [
      { name: 'reader', url: `${server.origin}/`, mark: { kind: 'drawn', events }, interactions: 'timeline', timeout: TIMEOUT_MS.page, result: { runs: [] } },
      { name: 'floor', url: `${server.origin}/floor.html`, mark: { kind: 'load' }, interactions: 'none', timeout: TIMEOUT_MS.page, result: { runs: [] } },
      ...(withTimelineJs
        ? [{ name: 'TimelineJS3', url: `${server.origin}/timelinejs-bench.html`, mark: { kind: 'page' }, interactions: 'timelinejs', timeout: TIMEOUT_MS.timelineJs, result: { runs: [] } } as const satisfies PageToMeasure]
        : []),
    ];
    let embedAssets;
    try {
      embedAssets = await measureAssets(browser, `${server.origin}/embed/`, TIMEOUT_MS.page);
      // Pages take turns run by run, so a slow spell of the machine spreads over all of them.
      for (let run = 1; run <= runs; run++) {
        progress(`${events} events: run ${run} of ${runs}`);
        for (const page of pages) await runPage(browser, page);
      }
    } finally {
      await server.close();
    }
    for (const page of pages) page.result.median = medianRun(page.result.runs);

    progress(`${events} events: timing extraction of ${events} generated articles`);
    const extraction = await timeExtraction(events, runs);
    const [reader, floor, timelineJs] = pages.map((p) => p.result) as [PageResult, PageResult, PageResult | undefined];
    return { events, buildSeconds, extraction, embedAssets, reader, floor, ...(timelineJs ? { timelineJs } : {}) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const started = performance.now();
const today = DateTime.now().toUTC();
const { options, error } = parseBenchArgs(process.argv.slice(2), today.toISODate()!);
if (!options) {
  console.error(error);
  process.exit(2);
}
const loadAverage = loadavg()[0]!;
const browser = await launch();
const machine = { ...describeMachine(browser), loadAverage };
const sizes: SizeResult[] = [];
try {
  for (const events of options.sizes) {
    const size = await measureSize(browser, events, options.runs, options.timelineJs);
    sizes.push(size);
    // Each size as it finishes, on stderr with the progress; stdout gets the whole report once.
    console.error([...formatSize(size), ''].join('\n'));
  }
} finally {
  await browser.close();
}
const result: BenchResult = {
  date: today.toISO({ suppressMilliseconds: true })!,
  machine,
  runs: options.runs,
  sizes,
  budgets: checkBudgets(sizes),
  durationSeconds: (performance.now() - started) / 1000,
};
console.log(formatReport(result).join('\n'));
const out = resolve(ROOT, options.out);
await mkdir(dirname(out), { recursive: true });
await writeAtomic(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(`\nwrote ${options.out}`);
if (result.budgets.some((b) => b.status === 'fail')) process.exitCode = 1;
