import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/io/browser.ts';
import { serve } from '../../scripts/io/serve.ts';
import { builtSites } from './builtSites.ts';

/** What a browser test file works with: Chromium and the built site served on 127.0.0.1. */
export interface BuiltSite {
  browser: Browser;
  /** `http://127.0.0.1:<port>`, serving the built site. */
  origin: string;
}

/**
 * Starts Chromium and serves the built site for the test file that calls it; both stop after
 * its last test. Read the fields inside tests, once `beforeAll` has run.
 */
export function useBuiltSite(dir = builtSites.site): BuiltSite {
  const site = {} as BuiltSite;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const [browser, server] = await Promise.all([launch(), serve(dir)]);
    Object.assign(site, { browser, origin: server.origin });
    close = server.close;
  });
  afterAll(async () => {
    await site.browser?.close();
    await close?.();
  });
  return site;
}
