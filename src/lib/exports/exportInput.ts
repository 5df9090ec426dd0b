import type { Citation, Event, Source } from '../eventSchema.ts';

/** What every export is made from: the events and how to name and link what they cite. */
export interface ExportInput {
  /** Events in timeline order. */
  events: readonly Event[];
  /** Articles by file name; a cited file missing here is named by its file name. */
  sources: ReadonlyMap<string, Pick<Source, 'file' | 'title' | 'outlet' | 'url' | 'published'>>;
  /** Absolute URL of an event's page. @example 'https://example.org/events/2025-12-24-talks/' */
  eventUrl: (id: string) => string;
  /** Absolute URL of a quoted passage. @example 'https://example.org/sources/000_a.txt/#p-12-40' */
  citationUrl: (citation: Citation) => string;
}
