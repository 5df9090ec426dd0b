import type { Page } from 'playwright-core';

const WHOLE = '.months > .month, .months .event-item, .chart-data > .table-scroll { content-visibility: visible !important; } .months .month-heading { position: static !important; }';

/**
 * Makes a full-page screenshot show what a reader scrolling down would see. The event list and a
 * chart's table are laid out only near the screen (`content-visibility: auto`), so a capture of
 * the whole page leaves them blank; sticky month headings would stamp over it. The rules are
 * adopted through the CSS object model, which the pages' policy (no inline style) allows.
 */
export async function renderWholePage(page: Page): Promise<void> {
  await page.evaluate((rules) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(rules);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }, WHOLE);
}
