import { addPiece } from './addPiece.ts';
import { knownValues } from './knownValues.ts';
import { PieceLoader, type PieceManifest } from './PieceLoader.ts';
import { readEvents } from './readEvents.ts';
import { RestOfList } from './RestOfList.ts';
import { scrollUntilStill } from './scrollUntilStill.ts';
import type { TimelineEvent } from './timelineEvent.ts';
import type { Known } from './viewState.ts';

/**
 * The events a timeline holds, read from its server-rendered list, with their entries and what a
 * link may name; for a large archive's embed, whose page holds only its latest events, the
 * pieces still to come, merged into the list and the events as they arrive.
 */
export class TimelineData {
  events: TimelineEvent[];
  readonly items: Map<string, HTMLElement>;
  readonly known: Known;
  readonly pieces?: PieceLoader;
  /** The entries of a long list beyond its first screen, still to come into the list (see RestOfList). */
  readonly rest?: RestOfList;
  readonly list: HTMLElement;

  /**
   * `manifest` is the JSON of `data-pieces`; `onPiece` hears of each piece once its events are
   * in, `onEntries` of entries of the rest put into the list.
   */
  constructor(list: HTMLElement, manifest: string | undefined, onPiece: () => void, onEntries: () => void = () => undefined) {
    this.list = list;
    ({ events: this.events, items: this.items } = readEvents(list));
    this.rest = RestOfList.of(list, this.items, this.events.length, onEntries);
    if (this.rest) this.events = [...this.events, ...this.rest.events];
    const pieces = manifest ? (JSON.parse(manifest) as PieceManifest) : undefined;
    this.known = knownValues(this.events, pieces);
    this.pieces = pieces && new PieceLoader(pieces, (html) => {
      this.#add(html);
      onPiece();
    });
  }

  /** The whole archive's span while pieces are out, else undefined (the events' own span). */
  get span(): readonly [number, number] | undefined {
    return this.pieces?.manifest.span;
  }

  /** The range to open on: the one asked for, else, for a large archive's embed, the stretch its page holds (else everything). */
  openingRange(asked: readonly [number | undefined, number | undefined]): readonly [number | undefined, number | undefined] {
    if (!this.pieces || asked[0] !== undefined || asked[1] !== undefined || this.events.length === 0) return asked;
    return [this.events[0]!.start, this.events.at(-1)!.end];
  }

  /** An event's entry in the list; one of the rest not in yet is put in first. */
  entry(id: string): HTMLElement | undefined {
    const found = this.items.get(id);
    if (found || !this.rest) return found;
    const event = this.events.find((e) => e.id === id);
    return event && this.rest.entry(event);
  }

  /**
   * Brings into view the entry a link's `#event-…` names, if it is of the rest not in the list
   * yet: the browser looked for it as the page loaded, or as the link was followed, and found
   * nothing to scroll to.
   */
  revealTarget(hash: string): void {
    const id = /^#event-(.+)$/.exec(hash)?.[1];
    if (!id || !this.rest || document.getElementById(`event-${decodeURIComponent(id)}`)) return;
    const entry = this.entry(decodeURIComponent(id));
    if (entry) scrollUntilStill(entry);
  }

  /** How many events are still in pieces not loaded. */
  pendingCount(): number {
    return this.pieces?.pending().reduce((n, p) => n + p.count, 0) ?? 0;
  }

  #add(html: string): void {
    const { events, items } = addPiece(this.list, html);
    for (const [id, item] of items) this.items.set(id, item);
    for (const event of events) (this.known.ids as Set<string>).add(event.id);
    // Pieces never overlap the events already here: a stable sort by time keeps the list's order.
    this.events = [...this.events, ...events].sort((a, b) => a.start - b.start);
  }
}
