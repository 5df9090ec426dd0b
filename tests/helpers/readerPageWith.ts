import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { DAY_MS } from '../../src/lib/dayMs.ts';
import { builtFile } from './builtSites.ts';

/**
 * The built reader page with its event list replaced by `n` invented events spread evenly over
 * the two years from 1 January 2024. `item(i, day)` writes event `i`'s list item; `day(j)` is
 * the ISO day of the j-th of the `n` steps, for its date and any end date.
 * @example await readerPageWith(3, (i, day) => `<li data-id="e${i}" data-date="${day(i)}">…</li>`)
 */
export async function readerPageWith(n: number, item: (i: number, day: (j: number) => string) => string): Promise<string> {
  const { document } = parseHTML(await readFile(builtFile('index.html'), 'utf8'));
  const day = (j: number) => new Date(Date.UTC(2024, 0, 1) + Math.floor((j * 730) / n) * DAY_MS).toISOString().slice(0, 10);
  const items = Array.from({ length: n }, (_, i) => item(i, day));
  document.getElementById('event-list')!.innerHTML = `<li class="month"><h3 class="month-heading">All</h3><ol class="events">${items.join('')}</ol></li>`;
  return document.toString();
}
