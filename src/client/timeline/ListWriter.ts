import { gapStep } from '../../lib/gapStep.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** What the writer last wrote to an entry or month. */
interface Written {
  hidden: boolean;
  gap: number;
  /** The month (a child of the list) an entry is in. */
  month?: HTMLElement;
}

/**
 * Shows in the server-rendered list the events that pass the filters and hides the others, and
 * the months left empty; in the vertical view, each entry's space above follows the time since
 * the entry before it among those shown.
 *
 * It remembers what it wrote and writes only what changed, reading nothing back from the page:
 * at 2,000 events, reading every entry's `hidden` and `data-gap` and asking each month for a
 * shown entry took some 4 ms of a filter change, and every write invalidates style.
 */
export class ListWriter {
  readonly #list: HTMLElement;
  // A Map, not a WeakMap: an entry's lookup is most of a write's cost, and entries stay as long as the list.
  readonly #written = new Map<HTMLElement, Written>();
  /** Each event's entry and record, in the order of the events last written (found again when they change). */
  #rows: { events?: readonly TimelineEvent[]; entries: number; rows: ({ item: HTMLElement; written: Written } | undefined)[] } = { entries: 0, rows: [] };

  constructor(list: HTMLElement) {
    this.#list = list;
  }

  /**
   * `shown` are the events that pass, in the order of `events` (as countFiltered leaves them):
   * walking both at once tells each entry's fate without a set of ids, and the entries' records
   * are found once for a list of events and entries, not on every change (at 2,000 events, two
   * map lookups an event were much of a filter change before the code was optimised). An event
   * whose entry is not in the list yet (the rest of a long list, see RestOfList) is skipped: its
   * entry is written when it comes.
   */
  write(items: ReadonlyMap<string, HTMLElement>, events: readonly TimelineEvent[], shown: readonly TimelineEvent[]): void {
    if (this.#rows.events !== events || this.#rows.entries !== items.size) {
      this.#rows = { events, entries: items.size, rows: events.map((event) => {
        const item = items.get(event.id);
        return item && { item, written: this.#was(item) };
      }) };
    }
    const { rows } = this.#rows;
    const shownIn = new Set<HTMLElement>();
    let previous: TimelineEvent | undefined;
    let next = 0;
    for (let i = 0; i < events.length; i++) {
      const event = events[i]!;
      const row = rows[i];
      const hide = shown[next] !== event;
      if (!hide) next++;
      if (!row) {
        if (!hide) previous = event;
        continue;
      }
      const { item, written } = row;
      if (written.hidden !== hide) item.hidden = written.hidden = hide;
      if (hide) continue;
      shownIn.add((written.month ??= this.#monthOf(item)));
      const gap = previous ? gapStep(previous.start, event.start) : 0;
      if (written.gap !== gap) item.dataset.gap = String((written.gap = gap));
      previous = event;
    }
    for (const month of this.#list.children as HTMLCollectionOf<HTMLElement>) {
      const written = this.#was(month);
      const hide = !shownIn.has(month);
      if (written.hidden !== hide) month.hidden = written.hidden = hide;
    }
  }

  /** What an element held when first written: the server's markup, or an earlier piece's. */
  #was(element: HTMLElement): Written {
    let written = this.#written.get(element);
    if (!written) {
      written = { hidden: element.hasAttribute('hidden'), gap: Number(element.dataset.gap ?? Number.NaN) };
      this.#written.set(element, written);
    }
    return written;
  }

  #monthOf(item: HTMLElement): HTMLElement {
    let month = item;
    while (month.parentElement && month.parentElement !== this.#list) month = month.parentElement;
    return month;
  }
}
