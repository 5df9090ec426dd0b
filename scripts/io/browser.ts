import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Flags that keep Chromium off the network it cannot reach here, and quiet.
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Debian's Chromium, driven by playwright-core; never a downloaded browser. Playwright gives
 * every launch a fresh, empty profile (its own --user-data-dir).
 */
export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** What a page printed and failed to load while a test used it. */
export interface PageLog {
  errors: string[];
  failed: string[];
  requests: string[];
}

/** A page that records console errors, page errors, failed requests and every request made. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  return { page, log: recordLog(page) };
}

/** Starts recording what `page` prints and fails to load, from now on. */
export function recordLog(page: Page): PageLog {
  const log: PageLog = { errors: [], failed: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(message.text());
  });
  page.on('pageerror', (error) => log.errors.push(String(error)));
  page.on('requestfailed', (request) => log.failed.push(`${request.url()} ${request.failure()?.errorText}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log.failed.push(`${response.url()} ${response.status()}`);
  });
  page.on('request', (request) => log.requests.push(request.url()));
  return log;
}
