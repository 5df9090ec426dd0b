import { gapStep } from '../../lib/gapStep.ts';
import { clientText, say } from '../i18n/clientText.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/**
 * Shows in the server-rendered list the events that pass the filters and hides the others, and
 * the months left empty; in the vertical view, each entry's space above follows the time since
 * the entry before it among those shown. Only what changes is written: every write invalidates
 * style in a list that may hold thousands of events.
 */
export function writeList(list: HTMLElement, items: ReadonlyMap<string, HTMLElement>, events: readonly TimelineEvent[], shown: ReadonlySet<string>): void {
  let previous: TimelineEvent | undefined;
  for (const event of events) {
    const item = items.get(event.id)!;
    const hide = !shown.has(event.id);
    if (item.hidden !== hide) item.hidden = hide;
    if (hide) continue;
    const gap = String(previous ? gapStep(previous.start, event.start) : 0);
    if (item.dataset.gap !== gap) item.dataset.gap = gap;
    previous = event;
  }
  for (const month of list.children as HTMLCollectionOf<HTMLElement>) {
    const hide = !month.querySelector('li[data-id]:not([hidden])');
    if (month.hidden !== hide) month.hidden = hide;
  }
}

/** Writes how many events each kind would show under the other filters, and how many are shown of all. */
export function writeCounts(root: HTMLElement, perKind: ReadonlyMap<string, number>, shown: number, total: number): void {
  for (const count of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const text = String(perKind.get(count.dataset.countFor!) ?? 0);
    if (count.textContent !== text) count.textContent = text;
  }
  const status = root.querySelector('[data-role="count"]');
  if (status) status.textContent = shown === total ? say(clientText().showingAll, { n: total }) : say(clientText().showing, { shown, total });
  root.querySelector<HTMLElement>('[data-role="empty"]')?.toggleAttribute('hidden', shown > 0);
}
