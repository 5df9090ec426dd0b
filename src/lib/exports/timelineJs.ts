import { describeDate } from '../describeDate.ts';
import type { Event } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { placeLabel } from '../geo/placeLabel.ts';
import { KIND_LABELS } from '../ontology.ts';
import { PARTIAL_DATE_PATTERN } from '../partialDate.ts';
import { eventHtml } from './eventHtml.ts';
import type { ExportInput } from './exportInput.ts';

/** A date as TimelineJS3 reads it; a month-precision date has no day, so it is drawn as the month. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  /** HTML: TimelineJS inserts both fields as markup, so both are escaped. */
  text: { headline: string; text: string };
  group: string;
  unique_id: string;
  display_date: string;
}

/** The JSON format of Knight Lab's TimelineJS3 (https://timeline.knightlab.com/docs/json-format.html). */
export interface TimelineJsFile {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

function timelineDate(date: string): TimelineJsDate {
  const [, year, month, day] = PARTIAL_DATE_PATTERN.exec(date)!;
  return { year: Number(year), ...(month && { month: Number(month) }), ...(day && { day: Number(day) }) };
}

/** Where the event happened, as the slide's first line; nothing when no report names a place. */
function placesHtml(event: Event): string {
  return event.places.length === 0 ? '' : `<p class="tl-places">${escapeHtml(event.places.map(placeLabel).join('; '))}</p>`;
}

/** One slide: dated at the precision the sources give, grouped by kind, with citations. */
export function timelineSlide(event: Event, input: Omit<ExportInput, 'events'>, locale: string): TimelineJsSlide {
  return {
    start_date: timelineDate(event.date),
    ...(event.endDate && event.endDate !== event.date && { end_date: timelineDate(event.endDate) }),
    // TimelineJS has no field for a place: the slide says where before what.
    text: { headline: escapeHtml(event.title), text: `${placesHtml(event)}${eventHtml(event, input, locale)}` },
    group: KIND_LABELS[event.kind],
    unique_id: event.id,
    display_date: escapeHtml(describeDate(event, locale).text),
  };
}

/**
 * The events as a TimelineJS3 timeline, with a title slide.
 * @example timelineJs(input, { headline: 'Border conflict', text: '…' }, 'en-GB').events.length // input.events.length
 */
export function timelineJs(input: ExportInput, title: { headline: string; text: string }, locale: string): TimelineJsFile {
  return {
    title: { text: { headline: escapeHtml(title.headline), text: `<p>${escapeHtml(title.text)}</p>` } },
    events: input.events.map((e) => timelineSlide(e, input, locale)),
  };
}
