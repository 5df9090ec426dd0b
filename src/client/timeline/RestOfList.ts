import type { Kind, Status } from '../../lib/eventSchema.ts';
import { EntryEvent } from './EntryEvent.ts';
import { searchText } from './readEvents.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import { cancelIdle, whenIdle } from './whenIdle.ts';

/** What src/lib/html/eventListParts.ts writes of each entry of the rest: what readEvents reads of an entry. */
type RestRecord = [id: string, date: string, end: string, approximate: 0 | 1, kind: Kind, status: Status, actors: string, sources: string, place: string, title: string, breaks: string];

/** The parts of the rest, as eventListParts writes them. */
const REST_MARK = '<!--part-->';
/**
 * Time an idle slice may take putting parts into the list: with a part's own few ms past it, a
 * slice stays under the 12.5 ms that Lighthouse's fourfold slowdown counts as blocking (50 ms).
 */
const SLICE_MS = 4;

/** An event of the rest, from its record; its search text is its entry's, once the entry is in. */
class RestEvent extends EntryEvent {
  readonly #rest: RestOfList;
  #text: string | undefined;

  constructor([id, date, end, approximate, kind, status, actors, sources, place, title, breaks]: RestRecord, index: number, rest: RestOfList) {
    super({ id, date, end: end || undefined, approximate: approximate === 1, kind, status, actors, sources, place, title, breaks }, index);
    this.#rest = rest;
  }

  // A search before the rest is in puts it in at once: search reads every entry's text.
  get text(): string {
    return (this.#text ??= searchText(this.#rest.entry(this)!));
  }
}

/**
 * The rest of a long server-rendered list (src/lib/html/eventListParts.ts): beyond its first
 * screen, the list's entries wait inside `<noscript>`, which a browser running scripts keeps as
 * text (no elements to build, style or lay out as the page loads), while a reader without script
 * gets them as the list. Its events come from the JSON beside it, so the timeline draws every
 * event at once; the entries go into the list a few parts at a time in idle time, or at once up
 * to one that is needed now (a selection, a search, a link to it).
 */
export class RestOfList {
  readonly events: RestEvent[];
  readonly #list: HTMLElement;
  readonly #items: Map<string, HTMLElement>;
  readonly #onEntries: () => void;
  #parts: string[];
  #next = 0;
  #idle = 0;
  #first: number;

  /** The rest of `list`, if the page left one; `items` gets each entry put in, and `onEntries` hears after each run of parts. */
  static of(list: HTMLElement, items: Map<string, HTMLElement>, first: number, onEntries: () => void): RestOfList | undefined {
    const text = list.parentElement?.querySelector(`noscript[data-rest-of="${CSS.escape(list.id)}"]`)?.textContent;
    const json = document.getElementById(`${list.id}-rest`)?.textContent;
    if (!text || !json) return undefined;
    return new RestOfList(list, items, first, text, JSON.parse(json) as RestRecord[], onEntries);
  }

  private constructor(list: HTMLElement, items: Map<string, HTMLElement>, first: number, text: string, records: RestRecord[], onEntries: () => void) {
    this.#list = list;
    this.#items = items;
    this.#first = first;
    this.#onEntries = onEntries;
    // The first and last pieces are the wrapping list's own tags.
    this.#parts = text.split(REST_MARK).slice(1, -1);
    this.events = records.map((record, i) => new RestEvent(record, first + i, this));
  }

  /** Whether entries are still to come. */
  get pending(): boolean {
    return this.#next < this.#parts.length;
  }

  /** An event's entry, putting in the parts up to it first if it has not come yet. */
  entry(event: TimelineEvent): HTMLElement | undefined {
    const found = this.#items.get(event.id);
    if (found || event.index < this.#first) return found;
    // Parts hold REST_PART entries each, in order; put in all of them up to the event's (a few ms each).
    while (this.pending && !this.#items.has(event.id)) this.#putPart();
    this.#onEntries();
    return this.#items.get(event.id);
  }

  /** Puts every part still to come into the list. */
  fill(): void {
    if (!this.pending) return;
    while (this.pending) this.#putPart();
    this.#onEntries();
  }

  /** Puts the parts into the list in idle time, a slice at a time. */
  start(): void {
    const slice = (deadline?: IdleDeadline) => {
      this.#idle = 0;
      if (!this.pending) return;
      const until = performance.now() + Math.min(SLICE_MS, deadline?.timeRemaining() ?? SLICE_MS);
      do this.#putPart();
      while (this.pending && performance.now() < until);
      this.#onEntries();
      if (this.pending) this.#idle = whenIdle(slice, 1000);
    };
    if (this.pending && !this.#idle) this.#idle = whenIdle(slice, 1000);
  }

  stop(): void {
    cancelIdle(this.#idle);
    this.#idle = 0;
  }

  /** One part: whole months, one cut by the part before going on in the month the list ends with. */
  #putPart(): void {
    const template = document.createElement('template');
    template.innerHTML = this.#parts[this.#next++]!;
    // The last part in: the text goes (at 2,000 events some 3.5 MB of it).
    if (this.#next === this.#parts.length) [this.#parts, this.#next] = [[], 0];
    for (const month of [...template.content.children] as HTMLElement[]) {
      for (const li of month.querySelectorAll<HTMLElement>('li[data-id]')) this.#items.set(li.getAttribute('data-id')!, li);
      const last = this.#list.lastElementChild as HTMLElement | null;
      if (last && last.dataset.month === month.dataset.month) last.querySelector('ol.events')!.append(...month.querySelector('ol.events')!.children);
      else this.#list.append(month);
    }
  }
}
