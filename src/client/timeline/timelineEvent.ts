import type { Kind, Status } from '../../lib/eventSchema.ts';

/** An event as the timeline handles it, read from the server-rendered list. */
export interface TimelineEvent {
  id: string;
  /** UTC milliseconds: the first instant and the instant after the last. */
  start: number;
  end: number;
  /** Known to the day (a point) or only to a longer period (a span). */
  point: boolean;
  approximate: boolean;
  kind: Kind;
  status: Status;
  actors: string[];
  sources: string[];
  /** The place the event is mapped at, if any (see src/lib/geo/locateEvent.ts). */
  place?: string;
  title: string;
  /** Where a Thai or Khmer title may be cut (word ends the build found, src/i18n/wordEnds.ts); else at spaces. */
  breaks?: number[];
  /** Lower-case title, summary and quotes, for search. */
  text: string;
  /** Position in time order. */
  index: number;
}
