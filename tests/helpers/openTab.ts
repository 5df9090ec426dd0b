import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { recordLog, type PageLog } from '../../scripts/io/browser.ts';

/** The events a test may listen for on a page; a reused tab drops the last test's listeners. */
const LISTENED = ['console', 'pageerror', 'request', 'requestfailed', 'response', 'dialog', 'popup', 'download', 'frameattached', 'framenavigated', 'load', 'domcontentloaded'] as const;
/** Playwright's viewport when a context is given none. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

const tabs = new WeakMap<Browser, Map<string, Page>>();

/**
 * A tab for a test, set as `options` ask, with a log that starts empty: as `openPage` gives, but
 * reused. A new page starts a renderer process, which cost a second of processor time each in
 * the suite's two-worker runs; a tab that navigates again within the site keeps its process, so
 * one tab per set of context options serves every test of a file, in about a quarter of the time.
 *
 * Each test still starts from a new document: the tab is taken to `about:blank` first (so the
 * last page's late requests land before the new log starts), its listeners and routes are
 * dropped, its viewport and media emulation are reset, and its cache is off, so a test sees every
 * request a first visit makes. Tests that add init scripts, which cannot be removed, open a page
 * of their own with `openPage`. Never close a tab's context: the browser closes it at the end.
 * Pages open side by side in one test each take a `lane` of their own (0, 1, 2…).
 */
export async function openTab(browser: Browser, options: BrowserContextOptions = {}, lane = 0): Promise<{ page: Page; log: PageLog }> {
  const { viewport, colorScheme, ...contextOptions } = options;
  const key = `${lane} ${JSON.stringify(contextOptions)}`;
  const open = tabs.get(browser) ?? new Map<string, Page>();
  tabs.set(browser, open);
  let page = open.get(key);
  if (page && !page.isClosed()) {
    for (const event of LISTENED) page.removeAllListeners(event);
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.goto('about:blank');
    await page.mouse.move(0, 0);
  } else {
    page = await (await browser.newContext(contextOptions)).newPage();
    const devtools = await page.context().newCDPSession(page);
    await devtools.send('Network.enable');
    await devtools.send('Network.setCacheDisabled', { cacheDisabled: true });
    open.set(key, page);
  }
  await page.setViewportSize(viewport ?? DEFAULT_VIEWPORT);
  await page.emulateMedia({ media: null, colorScheme: colorScheme ?? 'light' });
  return { page, log: recordLog(page) };
}
