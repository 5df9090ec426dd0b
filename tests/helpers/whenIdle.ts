import type { Page } from 'playwright-core';

/**
 * Resolves once the page has been idle and drawn a frame since: the reader and the embed write
 * their lists in idle time, so a check made at a fixed pause after load may judge a half-written
 * page on a loaded machine (axe's target-size once failed so on the map embed).
 */
export async function whenIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(resolve))));
}
