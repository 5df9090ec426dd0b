import { dayRange } from '../../lib/dayRange.ts';
import { DAY_MS } from '../../lib/dayMs.ts';
import type { Kind, Status } from '../../lib/eventSchema.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** An entry's fields as the list writes them: days as YYYY-MM-DD, lists joined by "|", breaks by ",". */
export interface EntryFields {
  id: string;
  date: string;
  end: string | undefined;
  approximate: boolean;
  kind: Kind;
  status: Status;
  actors: string | null;
  sources: string | null;
  place: string | null;
  title: string;
  breaks: string | null;
}

/**
 * A list entry's event, read from the fields the list writes, whether from a rendered entry
 * (readEvents) or from the JSON record of one still waiting in `<noscript>` (RestOfList): one
 * reading of those fields for both. A class rather than an object literal per entry: every event
 * has the same shape, and the search text's getter is one function on the prototype.
 */
export abstract class EntryEvent implements TimelineEvent {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly point: boolean;
  readonly approximate: boolean;
  readonly kind: Kind;
  readonly status: Status;
  readonly actors: string[];
  readonly sources: string[];
  readonly place: string | undefined;
  readonly title: string;
  readonly breaks: number[] | undefined;
  readonly index: number;

  constructor(fields: EntryFields, index: number) {
    [this.start, this.end] = dayRange(fields.date, fields.end);
    this.id = fields.id;
    this.approximate = fields.approximate;
    this.point = this.end - this.start <= DAY_MS && !this.approximate;
    this.kind = fields.kind;
    this.status = fields.status;
    this.actors = fields.actors ? fields.actors.split('|') : [];
    this.sources = fields.sources ? fields.sources.split('|') : [];
    this.place = fields.place || undefined;
    this.title = fields.title;
    this.breaks = fields.breaks ? fields.breaks.split(',').map(Number) : undefined;
    this.index = index;
  }

  /** The entry's whole text, lower-cased, as search matches it. */
  abstract get text(): string;
}
