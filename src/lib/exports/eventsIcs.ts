import ical, { foldLines, ICalCalendarMethod, ICalEvent, ICalEventStatus, ICalEventTransparency, type ICalCalendarData, type ICalEventData } from 'ical-generator';
import { dayRange } from '../dayRange.ts';
import type { Event } from '../eventSchema.ts';
import { locateEvent } from '../geo/locateEvent.ts';
import { placeLabel } from '../geo/placeLabel.ts';
import { STATUS_LABELS } from '../kindStyles.ts';
import { KIND_LABELS, TYPE_LABELS } from '../ontology.ts';
import { sourceLabel } from '../sourceLabel.ts';
import { dataUpdated } from './dataUpdated.ts';
import { describeDisagreements } from './describeDisagreements.ts';
import type { ExportInput } from './exportInput.ts';

export interface CalendarOptions {
  name: string;
  description: string;
  /** Right-hand side of every UID, so UIDs are unique beyond this calendar. @example 'example.org' */
  uidDomain: string;
  /** Absolute URL of the calendar file itself. */
  url: string;
  locale: string;
}

/**
 * LOCATION names the event's places, the one it is mapped at first; GEO gives that place's
 * coordinates (RFC 5545 3.8.1.6), so a calendar can show it on its own map.
 */
function icsLocation(event: Event): { location?: string | { title: string; geo: { lat: number; lon: number } } } {
  const located = locateEvent(event);
  const places = located ? [located.place, ...event.places.filter((p) => p !== located.place)] : event.places;
  if (places.length === 0) return {};
  const title = places.map(placeLabel).join('; ');
  return { location: located ? { title, geo: { lat: located.latitude, lon: located.longitude } } : title };
}

/** The plain-text description: summary, status, disagreements, each quote with its source, the event page. */
function description(event: Event, input: Omit<ExportInput, 'events'>, locale: string): string {
  const lines = [event.summary];
  if (event.status !== 'occurred') lines.push(`${STATUS_LABELS[event.status]}.`);
  if (event.approximate) lines.push('The dates are the window the event happened in.');
  const disagreements = describeDisagreements(event, input.sources, locale);
  if (disagreements) lines.push(disagreements);
  for (const citation of event.citations) {
    const label = sourceLabel(input.sources.get(citation.source) ?? { file: citation.source });
    lines.push(`“${citation.quote}”\n— ${label}\n${input.citationUrl(citation)}`);
  }
  lines.push(`More: ${input.eventUrl(event.id)}`);
  return lines.join('\n\n');
}

const END = 'END:VCALENDAR';

/**
 * The calendar's own fields and each event's, as ical-generator takes them. DTSTAMP is the data's
 * own date, not the clock, so a rebuild of the same data gives the same bytes.
 */
export function calendarFields(input: ExportInput, options: CalendarOptions): { calendar: ICalCalendarData; events: () => Iterable<ICalEventData> } {
  const stamp = new Date(`${dataUpdated(input.events, input.sources)}T00:00:00Z`);
  const calendar: ICalCalendarData = {
    name: options.name,
    description: options.description,
    prodId: { company: options.uidDomain, product: 'conflict-timeline', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    url: options.url,
  };
  function* events(): Iterable<ICalEventData> {
    for (const event of input.events) {
      // dayRange works in UTC, and ical-generator writes a floating date from the UTC fields.
      const [start, end] = dayRange(event.date, event.endDate);
      yield {
        id: `${event.id}@${options.uidDomain}`,
        allDay: true,
        start: new Date(start),
        end: new Date(end),
        stamp,
        summary: event.title,
        description: description(event, input, options.locale),
        url: input.eventUrl(event.id),
        status: event.status === 'occurred' ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
        // News events, not the subscriber's appointments: they must not block free/busy time.
        transparency: ICalEventTransparency.TRANSPARENT,
        categories: [KIND_LABELS[event.kind], ...(event.type ? [TYPE_LABELS[event.type]] : [])].map((name) => ({ name })),
        ...icsLocation(event),
      };
    }
  }
  return { calendar, events };
}

/**
 * The events as an iCalendar file, a part at a time: the calendar's head, each event, the end.
 * The parts join to the bytes ical-generator writes for the whole calendar (its toString folds
 * the lines of the whole text, and every event's text ends a line), without holding 25,000
 * event objects and the whole text, unfolded and folded, at once.
 * Each event is all-day, spanning the days the report covers (a month-precision date fills its
 * month; DTEND is the day after, as RFC 5545 wants for dates); scheduled and one-sided events are
 * TENTATIVE.
 * @example [...eventsIcsParts(input, { name: 'Border conflict', uidDomain: 'example.org', … })][0] // 'BEGIN:VCALENDAR…'
 */
export function* eventsIcsParts(input: ExportInput, options: CalendarOptions): Generator<string> {
  const fields = calendarFields(input, options);
  const calendar = ical(fields.calendar);
  // With no events (and no custom attributes) the calendar is its head and its end.
  const empty = calendar.toString();
  if (!empty.endsWith(`\r\n${END}`)) throw new Error(`eventsIcs: ical-generator's calendar no longer ends with ${END}`);
  yield empty.slice(0, -END.length);
  for (const event of fields.events()) yield foldLines(new ICalEvent(event, calendar).toString());
  yield END;
}

/** The events as one iCalendar text (see eventsIcsParts). @example eventsIcs(input, options) // 'BEGIN:VCALENDAR…' */
export const eventsIcs = (input: ExportInput, options: CalendarOptions): string => [...eventsIcsParts(input, options)].join('');
