import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { AssetBytes, RunFigures, Weight } from '../../lib/bench/benchResult.ts';

/** How a page says it has shown its events. */
export type ReadyMark =
  /** The load event: a plain page is shown when it has loaded. */
  | { kind: 'load' }
  /** `<conflict-timeline data-drawn>` reaches this many events. */
  | { kind: 'drawn'; events: number }
  /** The page sets `window.__bench.markAt` itself (the TimelineJS3 page does on its "ready"). */
  | { kind: 'page' };

/** Which interactions to time after the page is ready. */
export type Interactions = 'timeline' | 'timelinejs' | 'vistimeline' | 'none';

const VIEWPORT = { width: 1280, height: 900 };
/** The main thread counts as idle once no long task or long animation frame has run for this long. */
const QUIET_MS = 500;

interface Probe {
  markAt?: number;
  busyUntil: number;
}
type BenchWindow = Window & { __bench: Probe; __benchReady?: (payload: string) => void };

/** The CDP binding through which the probe says the page is ready (see installProbe). */
const READY_BINDING = '__benchReady';

/** What the probe waits for before the page counts as ready: the timeline's count, or a mark the page sets. */
export interface ProbeOptions {
  /** `<conflict-timeline data-drawn>` reaching this many events marks the page; null when it has no timeline. */
  drawn: number | null;
  /** Whether ready waits for a mark (the timeline's, or one the page sets itself), or for load alone. */
  marked: boolean;
  quietMs: number;
}

/** The probe's options for a ready mark. */
export const probeFor = (mark: ReadyMark): ProbeOptions => ({ drawn: mark.kind === 'drawn' ? mark.events : null, marked: mark.kind !== 'load', quietMs: QUIET_MS });

/**
 * Runs in the page before its own scripts: notes the end of every long task and long animation
 * frame (both over 50 ms), and when asked, the moment the timeline has drawn `drawn` events.
 * After the load event, it looks every 100 ms (a timer, a few µs) whether the page is ready: marked
 * if it must be, and its main thread idle for `quietMs`; then it calls the READY_BINDING once with
 * the moment ready came. The harness evaluates nothing in the page before then: Playwright's
 * injected script, which its first evaluation compiles (some 20 ms on the main thread), once
 * fell into the page's first frames after load and made a long frame of them.
 */
export function installProbe({ drawn, marked, quietMs }: ProbeOptions): void {
  const bench: Probe = { busyUntil: 0 };
  const w = window as unknown as BenchWindow;
  w.__bench = bench;
  const busyEnd = () => {
    const load = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.loadEventEnd ?? 0;
    return load > 0 && (!marked || bench.markAt !== undefined) ? Math.max(bench.markAt ?? 0, bench.busyUntil, load) : undefined;
  };
  const look = () => {
    const end = busyEnd();
    if (end !== undefined && performance.now() - end >= quietMs && typeof w.__benchReady === 'function') w.__benchReady(String(end));
    else setTimeout(look, 100);
  };
  addEventListener('load', () => setTimeout(look, 100), { once: true });
  for (const type of ['longtask', 'long-animation-frame']) {
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) bench.busyUntil = Math.max(bench.busyUntil, e.startTime + e.duration);
      }).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks: the other one still counts.
    }
  }
  if (drawn === null) return;
  new MutationObserver((records) => {
    if (bench.markAt === undefined && records.some((r) => (r.target as Element).getAttribute('data-drawn') === String(drawn))) {
      bench.markAt = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
}

/**
 * A fresh context (empty cache, cache disabled, reduced motion so a zoom step is one frame). The
 * probes are evaluated in the page, which the site's CSP (no 'unsafe-eval') would refuse.
 */
async function freshPage(browser: Browser, mark: ReadyMark, timeout: number): Promise<{ context: BrowserContext; page: Page; cdp: CDPSession; ready: () => Promise<number> }> {
  const context = await browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce', bypassCSP: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const ready = await watchReady(page, cdp, mark, timeout);
  return { context, page, cdp, ready };
}

/**
 * Script and style sheet bytes of a page, gzipped at level 9: files it loaded and inline blocks.
 * Start it before the page loads; it reads the page's inline blocks when `collect` is called,
 * after ready, so that the harness does not work in the page while it is being timed.
 */
function collectAssets(page: Page): { collect: () => Promise<AssetBytes> } {
  const bytes: AssetBytes = { js: 0, css: 0 };
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type !== 'script' && type !== 'stylesheet') return;
    // A run capped while loading closes its page under a body still coming: it counts nothing then.
    pending.push(response.body().then((body) => {
      bytes[type === 'script' ? 'js' : 'css'] += gzipSync(body, { level: 9 }).length;
    }, () => undefined));
  });
  return { collect: () => inlineAssets(page, bytes, pending) };
}

async function inlineAssets(page: Page, bytes: AssetBytes, pending: Promise<void>[]): Promise<AssetBytes> {
  await Promise.all(pending);
  const inline = await page.$$eval('script:not([src]), style', (els) => els.map((el) => ({
    css: el.tagName === 'STYLE',
    js: el.tagName === 'SCRIPT' && ['', 'module', 'text/javascript'].includes((el as HTMLScriptElement).type),
    text: el.textContent ?? '',
  })));
  for (const block of inline) {
    if (block.css || block.js) bytes[block.css ? 'css' : 'js'] += gzipSync(block.text, { level: 9 }).length;
  }
  return bytes;
}

/**
 * Before the page is opened: installs the probe (installProbe) for `mark` and the binding it
 * calls, and returns a wait for that call, which gives ready in ms since navigation: once the
 * page has shown its events and its main thread has been idle.
 */
export async function watchReady(page: Page, cdp: CDPSession, mark: ReadyMark, timeout: number): Promise<() => Promise<number>> {
  await page.addInitScript(installProbe, probeFor(mark));
  const ready = new Promise<number>((resolve) => {
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name === READY_BINDING) resolve(Number(e.payload));
    });
  });
  // Without Runtime enabled on this session, the binding's calls are not reported to it.
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.addBinding', { name: READY_BINDING });
  return () => {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(Object.assign(new Error(`not ready within ${timeout} ms`), { name: 'TimeoutError' })), timeout);
    });
    return Promise.race([ready, late]).finally(() => clearTimeout(timer));
  };
}

/** A step's cost: main-thread work, and the time until the frame showing it has been rendered. */
export interface StepTimes {
  work: number;
  frame: number;
}

export type Step = 'zoom' | 'pan' | 'filter' | 'timelinejs-zoom' | 'vistimeline-zoom' | 'vistimeline-pan';

/**
 * Runs in the page: takes one step and times its handler, the drawing of the next frame (our
 * element times its own draws in `frameTimes`), and that frame's style, layout and paint, from a
 * callback queued after the others of the frame until a task queued from it runs. The wait for
 * the frame is left out of `work` and kept in `frame`.
 */
export function takeStep(step: Step): Promise<StepTimes> {
  const el = document.querySelector('conflict-timeline') as (HTMLElement & { frameTimes: number[] }) | null;
  const viewport = el?.querySelector<HTMLElement>('.viewport');
  // Without scrolling: the page was scrolled to the timeline before the first step (see
  // showTimeline), and a step's frame should hold the step's work, not a scroll's.
  viewport?.focus({ preventScroll: true });
  if (el) el.frameTimes.length = 0;
  const act = {
    zoom: () => viewport!.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true, cancelable: true })),
    // Shift+→ pans by a fifth of the width, at once (no animation).
    pan: () => viewport!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', shiftKey: true, bubbles: true, cancelable: true })),
    filter: () => el!.querySelector<HTMLInputElement>('form.filters input[name="kind"]')!.click(),
    'timelinejs-zoom': () => (window as unknown as { timeline: { zoomIn: () => void } }).timeline.zoomIn(),
    // The same step as ours: a third narrower, at once (no animation to wait for).
    'vistimeline-zoom': () => (window as unknown as { timeline: { zoomIn: (p: number, o: object) => void } }).timeline.zoomIn(1 / 3, { animation: false }),
    // The same step as ours: the window moved by a fifth of its width, at once.
    'vistimeline-pan': () => {
      const { timeline } = window as unknown as { timeline: { getWindow: () => { start: Date; end: Date }; setWindow: (a: number, b: number, o: object) => void } };
      const { start, end } = timeline.getWindow();
      const by = (end.getTime() - start.getTime()) / 5;
      timeline.setWindow(start.getTime() + by, end.getTime() + by, { animation: false });
    },
  }[step];
  const started = performance.now();
  act();
  const handler = performance.now() - started;
  return new Promise((resolve) => requestAnimationFrame(() => {
    const rendering = performance.now();
    setTimeout(() => {
      const ended = performance.now();
      const drawn = el ? el.frameTimes.reduce((a, b) => a + b, 0) : 0;
      resolve({ work: handler + drawn + (ended - rendering), frame: ended - started });
    });
  }));
}

/**
 * Scrolls the page so that the timeline is on screen, as a reader's is when they use it, and
 * waits for the page to have drawn what came into view. Our timeline sits below the page's key
 * figures and map; the peers' pages are the timeline alone. (Before, the first step's focus()
 * scrolled the page, and the zoom step's frame drew the list entries it brought into view.)
 */
export async function showTimeline(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('conflict-timeline .viewport')?.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(500);
}

/**
 * One measured visit of `url` in a fresh context: time to ready, JS heap after a garbage
 * collection, then the interactions asked for, and the page's script and style bytes.
 */
export async function measureRun(browser: Browser, url: string, mark: ReadyMark, interactions: Interactions, timeout: number): Promise<RunFigures & { assets: AssetBytes }> {
  const { context, page, cdp, ready } = await freshPage(browser, mark, timeout);
  // One cap for the whole visit, not one per wait: closing the context ends whatever it is waiting for.
  let capped = false;
  const cap = setTimeout(() => {
    capped = true;
    void context.close();
  }, timeout);
  try {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    const assets = collectAssets(page);
    await page.goto(url, { waitUntil: 'load', timeout });
    const readyMs = await ready();
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    const figures: RunFigures = { readyMs, heapBytes: usedSize };
    if (interactions !== 'none') {
      await showTimeline(page);
      const zoom = await page.evaluate(takeStep, ({ timeline: 'zoom', timelinejs: 'timelinejs-zoom', vistimeline: 'vistimeline-zoom' } as const)[interactions]);
      Object.assign(figures, { zoomMs: zoom.work, zoomFrameMs: zoom.frame });
    }
    // TimelineJS3 has no call to pan its time axis, only dragging it: it has no pan figure.
    if (interactions === 'timeline' || interactions === 'vistimeline') {
      // Past the 300 ms after which the element writes the zoomed view into the URL.
      await page.waitForTimeout(400);
      const pan = await page.evaluate(takeStep, (interactions === 'timeline' ? 'pan' : 'vistimeline-pan') as Step);
      Object.assign(figures, { panMs: pan.work, panFrameMs: pan.frame });
    }
    if (interactions === 'timeline') {
      await page.waitForTimeout(400);
      const filter = await page.evaluate(takeStep, 'filter' as Step);
      Object.assign(figures, { filterMs: filter.work, filterFrameMs: filter.frame });
    }
    if (errors.length > 0) throw new Error(`${url} reported errors: ${errors.join('; ')}`);
    return { ...figures, assets: await assets.collect() };
  } catch (error) {
    if (capped) throw Object.assign(new Error(`${url} did not finish within ${timeout / 1000} s`), { name: 'TimeoutError' });
    throw error;
  } finally {
    clearTimeout(cap);
    await context.close();
  }
}

/** Script and style sheet bytes of a page, gzipped, without timing anything. */
export async function measureAssets(browser: Browser, url: string, timeout: number): Promise<AssetBytes> {
  const { context, page } = await freshPage(browser, { kind: 'load' }, timeout);
  try {
    const assets = collectAssets(page);
    await page.goto(url, { waitUntil: 'load', timeout });
    return await assets.collect();
  } finally {
    await context.close();
  }
}

/**
 * What a first visit of `url` fetches until the network is idle, the page included: bytes as
 * served, and each file gzipped at level 9 (a host's compression), with the number of files.
 */
export async function measureFirstLoad(browser: Browser, url: string, timeout: number): Promise<Weight & { files: number }> {
  const { context, page } = await freshPage(browser, { kind: 'load' }, timeout);
  try {
    const bodies: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.status() < 300) bodies.push(response.body().catch(() => Buffer.alloc(0)));
    });
    await page.goto(url, { waitUntil: 'networkidle', timeout });
    const all = await Promise.all(bodies);
    return { bytes: all.reduce((n, b) => n + b.length, 0), gzipBytes: all.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0), files: all.length };
  } finally {
    await context.close();
  }
}
