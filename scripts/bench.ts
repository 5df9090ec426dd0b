// npm run bench — the reproducible performance benchmark (not part of the test suite).
// For each size: generates that many events with their articles, builds the site from them,
// and measures in Chromium our reader page, a plain HTML list of the same events (the floor)
// and the same events in Knight Lab's TimelineJS3 and in vis-timeline; at archive sizes (over
// --pages-up-to) it builds and weighs only. Prints a table per size and the budgets, writes the
// result as JSON, and exits 1 when a budget is missed.
import { cp, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DateTime } from 'luxon';
import type { Browser } from 'playwright-core';
import { launch } from './io/browser.ts';
import { serve } from './io/serve.ts';
import { buildSite } from './io/bench/buildSite.ts';
import { writeGenerated } from './io/bench/writeGenerated.ts';
import { describeMachine } from './io/bench/describeMachine.ts';
import { measureAssets, measureFirstLoad, measureRun, type Interactions, type ReadyMark } from './io/bench/measurePage.ts';
import { timeExtraction } from './io/bench/timeExtraction.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import type { BenchResult, PageResult, SizeResult } from './lib/bench/benchResult.ts';
import { checkBudgets } from './lib/bench/checkBudgets.ts';
import { floorPage } from './lib/bench/floorPage.ts';
import { formatReport, formatSize } from './lib/bench/formatReport.ts';
import { fittingTimeline } from './lib/bench/fittingTimeline.ts';
import { generateTimeline } from './lib/bench/generateTimeline.ts';
import { medianRun } from './lib/bench/medianRun.ts';
import { parseBenchArgs, type BenchOptions } from './lib/bench/parseBenchArgs.ts';
import { staleInstall, type Lockfile } from './lib/bench/staleInstall.ts';
import { timelineJsPage } from './lib/bench/timelineJsPage.ts';
import { visTimelineItems } from './lib/bench/visTimelineItems.ts';
import { visTimelinePage } from './lib/bench/visTimelinePage.ts';

const ROOT = join(import.meta.dirname, '..');
const TIMELINEJS_DIST = join(ROOT, 'node_modules/@knight-lab/timelinejs/dist');
const VIS_TIMELINE = join(ROOT, 'node_modules/vis-timeline');
/**
 * The longest a run (load, ready, steps) may take. TimelineJS3 needs some 25 s for 10,000 events on a quiet machine
 * and this one may not be quiet; a peer that takes longer is capped: its run is recorded as not
 * finished within the cap, said so in the report, and not run again at that size.
 */
const TIMEOUT_MS = { page: 120_000, peer: 180_000 };

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
    progress(`  ${page.name}: ready ${figures.readyMs.toFixed(0)} ms${figures.zoomMs === undefined ? '' : `, zoom ${figures.zoomMs.toFixed(1)} ms`}${figures.panMs === undefined ? '' : `, pan ${figures.panMs.toFixed(1)} ms`}${figures.filterMs === undefined ? '' : `, filter ${figures.filterMs.toFixed(1)} ms`}`);
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError' || /Timeout \d+ms exceeded/.test((error as Error).message);
    page.result.error = timedOut ? `capped: a run did not finish within ${page.timeout / 1000} s, so it is not run again at this size` : (error as Error).message.split('\n')[0]!;
    progress(`  ${page.name} failed: ${page.result.error}`);
  }
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

/** The reader page and the floor of `events` lean events, built and weighed only (see SizeResult.leanWeights). */
async function weighLean(events: number): Promise<SizeResult['leanWeights']> {
  const dir = await mkdtemp(join(tmpdir(), `bench-${events}-lean-`));
  let built: Awaited<ReturnType<typeof buildSite>> | undefined;
  try {
    const generated = generateTimeline(events, 1, { lean: true });
    progress(`${events} events: building lean too, to compare the archive's growth like for like`);
    built = await buildSite(await writeGenerated(dir, generated));
    const readerHtml = await readFile(join(built.outDir, 'index.html'));
    const floorHtml = floorPage(generated.file.events);
    return { reader: { bytes: readerHtml.length, gzipBytes: gz(readerHtml) }, floor: { bytes: Buffer.byteLength(floorHtml), gzipBytes: gz(floorHtml) } };
  } finally {
    await rm(dir, { recursive: true, force: true });
    if (built) await rm(built.outDir, { recursive: true, force: true });
  }
}

async function measureSize(browser: Browser, events: number, options: BenchOptions): Promise<SizeResult> {
  const dir = await mkdtemp(join(tmpdir(), `bench-${events}-`));
  let built: Awaited<ReturnType<typeof buildSite>> | undefined;
  try {
    // A generated archive as large as a real one would not fit the events file's size limit.
    const generated = fittingTimeline(events);
    const { file, articles, lean } = generated;
    progress(`${events} events: building (${articles.length} articles${lean ? ', lean events' : ''})`);
    built = await buildSite(await writeGenerated(dir, generated));
    const dist = built.outDir;
    await stat(join(dist, 'timelinejs.json'));
    const floorHtml = floorPage(file.events);
    await writeFile(join(dist, 'floor.html'), floorHtml);
    await cp(TIMELINEJS_DIST, join(dist, 'timelinejs-lib'), { recursive: true });
    await writeFile(join(dist, 'timelinejs-bench.html'), timelineJsPage('/timelinejs-lib/', '/timelinejs.json'));
    await cp(join(VIS_TIMELINE, 'standalone'), join(dist, 'vis-lib/standalone'), { recursive: true });
    await cp(join(VIS_TIMELINE, 'styles'), join(dist, 'vis-lib/styles'), { recursive: true });
    await writeFile(join(dist, 'vis-items.json'), JSON.stringify(visTimelineItems(file.events)));
    await writeFile(join(dist, 'vis-bench.html'), visTimelinePage('/vis-lib/', '/vis-items.json'));
    progress(`${events} events: built in ${built.seconds.toFixed(1)} s, peak memory ${(built.peakMemoryBytes / 2 ** 20).toFixed(0)} MB`);

    const readerHtml = await readFile(join(dist, 'index.html'));
    const server = await serve(dist);
    const timed = events <= options.pagesUpTo;
    const pages: PageToMeasure[] = timed
      ? [
          { name: 'reader', url: `${server.origin}/`, mark: { kind: 'drawn', events }, interactions: 'timeline', timeout: TIMEOUT_MS.page, result: { runs: [] } },
          { name: 'floor', url: `${server.origin}/floor.html`, mark: { kind: 'load' }, interactions: 'none', timeout: TIMEOUT_MS.page, result: { runs: [] } },
          ...(options.timelineJs && events <= options.peersUpTo ? [{ name: 'TimelineJS3', url: `${server.origin}/timelinejs-bench.html`, mark: { kind: 'page' }, interactions: 'timelinejs', timeout: TIMEOUT_MS.peer, result: { runs: [] } } as const satisfies PageToMeasure] : []),
          ...(options.visTimeline && events <= options.peersUpTo ? [{ name: 'vis-timeline', url: `${server.origin}/vis-bench.html`, mark: { kind: 'page' }, interactions: 'vistimeline', timeout: TIMEOUT_MS.peer, result: { runs: [] } } as const satisfies PageToMeasure] : []),
        ]
      : [];
    let embedAssets;
    let embedFirstLoad;
    try {
      embedAssets = await measureAssets(browser, `${server.origin}/embed/`, TIMEOUT_MS.page);
      embedFirstLoad = await measureFirstLoad(browser, `${server.origin}/embed/`, TIMEOUT_MS.page);
      // Pages take turns run by run, so a slow spell of the machine spreads over all of them.
      for (let run = 1; run <= options.runs && pages.length > 0; run++) {
        progress(`${events} events: run ${run} of ${options.runs}`);
        for (const page of pages) await runPage(browser, page);
      }
    } finally {
      await server.close();
    }
    for (const page of pages) page.result.median = medianRun(page.result.runs);
    const result = (name: string) => pages.find((p) => p.name === name)?.result;

    let extraction;
    if (timed && options.extraction) {
      progress(`${events} events: timing extraction of ${events} generated articles`);
      extraction = await timeExtraction(events, options.runs);
    }
    const weights = {
      reader: { bytes: readerHtml.length, gzipBytes: gz(readerHtml) },
      floor: { bytes: Buffer.byteLength(floorHtml), gzipBytes: gz(floorHtml) },
      embedFirstLoad,
    };
    const [reader, floor, timelineJs, visTimeline] = ['reader', 'floor', 'TimelineJS3', 'vis-timeline'].map(result);
    return {
      events, lean, buildSeconds: built.seconds, peakMemoryBytes: built.peakMemoryBytes, weights, embedAssets,
      ...(extraction ? { extraction } : {}),
      ...(reader ? { reader } : {}), ...(floor ? { floor } : {}), ...(timelineJs ? { timelineJs } : {}), ...(visTimeline ? { visTimeline } : {}),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
    if (built) await rm(built.outDir, { recursive: true, force: true });
  }
}

const started = performance.now();
const today = DateTime.now().toUTC();
const { options, error } = parseBenchArgs(process.argv.slice(2), today.toISODate()!);
if (!options) {
  console.error(error);
  process.exit(2);
}
// Figures from an install that is not the commit's are not the commit's: a checkout whose
// node_modules predated a dependency's upgrade once measured 400 MB more than the code it was on.
const readLock = async (path: string) => JSON.parse(await readFile(join(ROOT, path), 'utf8')) as Lockfile;
const stale = staleInstall(await readLock('package-lock.json'), await readLock('node_modules/.package-lock.json'));
if (stale.length > 0) {
  console.error(`node_modules is not what package-lock.json locks (${stale.map((p) => `${p.path.replace(/^node_modules\//, '')} ${p.installed} installed, ${p.locked} locked`).join('; ')}); run \`npm ci\` and bench again`);
  process.exit(2);
}
const loadAverage = loadavg()[0]!;
const browser = await launch();
const machine = { ...describeMachine(browser), loadAverage };
const sizes: SizeResult[] = [];
try {
  for (const events of options.sizes) {
    const size = await measureSize(browser, events, options);
    sizes.push(size);
    // Each size as it finishes, on stderr with the progress; stdout gets the whole report once.
    console.error([...formatSize(size), ''].join('\n'));
  }
  // The growth budget compares the two largest sizes; when only the larger had to be lean, the
  // smaller is weighed lean as well.
  const [below, top] = [...sizes].sort((a, b) => a.events - b.events).slice(-2);
  if (below && top?.lean && !below.lean) {
    below.leanWeights = await weighLean(below.events);
    console.error([...formatSize(below), ''].join('\n'));
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
