import { stringify } from 'csv-stringify/sync';
import { acledType } from '../acledType.ts';
import type { Event } from '../eventSchema.ts';
import { locateEvent } from '../geo/locateEvent.ts';
import { KIND_LABELS, TYPE_LABELS } from '../ontology.ts';
import { precisionOf, daySpan } from '../partialDate.ts';
import { sourceLabel } from '../sourceLabel.ts';
import { describeDisagreements } from './describeDisagreements.ts';
import type { ExportInput } from './exportInput.ts';
import { DAY_MS } from '../dayMs.ts';
import { neutraliseFormulas } from './neutraliseFormulas.ts';

/**
 * The columns of ACLED's event exports that our data can fill, in ACLED's names and order, so
 * the file loads into tools written for ACLED. Columns we cannot fill honestly (actor type
 * codes, admin2/3) are left out rather than guessed.
 */
export const CSV_COLUMNS = [
  'event_id',
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'fatalities',
  'source',
  'notes',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** What each column holds, for the Data page; kept here so the page cannot drift from the file. */
export const CSV_COLUMN_DESCRIPTIONS: Record<CsvColumn, string> = {
  event_id: 'Our stable identifier of the event, as in events.json and the event’s page address.',
  event_date: 'First day the reports allow, as YYYY-MM-DD; for a month-precision event, the 1st of the month.',
  time_precision: 'ACLED’s code for how well the date is known: 1 = the day, 2 = a window of a week or less, 3 = only the month (or a longer window).',
  event_type: 'ACLED event type of the event’s type (“Battles”, “Explosions/Remote violence”, “Strategic developments”…), or of its kind when every type of the kind shares one; empty for happenings ACLED does not code as events, such as talks and statements.',
  sub_event_type: 'ACLED sub-event type (“Armed clash”, “Shelling/artillery/missile attack”, “Agreement”…); empty when ACLED has none or the event’s type is not known.',
  actor1: 'First actor named in the event; actors do not imply who acted on whom.',
  actor2: 'Second actor named, if any; further actors are listed in notes.',
  country: 'Country of the event’s location: its most specific place with coordinates, else the first place named.',
  admin1: 'Province or other first-level region of that place.',
  location: 'Name of that place; further places are listed in notes.',
  latitude: 'Latitude of that place in decimal degrees (WGS 84), from the project’s gazetteer, which names a public source for each place; empty when no place of the event has coordinates.',
  longitude: 'Longitude of that place in decimal degrees (WGS 84); empty with latitude.',
  geo_precision: 'ACLED’s code for how well the location is known: 1 = the town, village or site itself, 2 = only its district, 3 = only its province; empty when the event has no coordinates.',
  fatalities: 'Lowest number of people killed that any source reports for this event; empty when no source gives one (not zero).',
  source: 'The cited articles, outlet and headline where known, separated by “; ”.',
  notes: 'The summary, then the date window, the status if not yet confirmed, further actors and places, where sources disagree, and the timeline’s kind and type of the event when the ACLED columns are empty.',
};
export type CsvRow = Record<CsvColumn, string | number>;

const WEEK_DAYS = 7;

/**
 * ACLED's time_precision: 1 = the sources give the day, 2 = a week or a few days, 3 = only the
 * month (the coarsest ACLED has, so a year-only date is 3 too). An exact multi-day span (talks over
 * three days) has known days, so it is 1; an approximate window is 2 when it is a week or less.
 */
export function timePrecision(event: Pick<Event, 'date' | 'endDate' | 'approximate'>): 1 | 2 | 3 {
  const precision = precisionOf(event.date);
  if (precision !== 'day') return 3;
  if (!event.approximate) return 1;
  const first = Date.parse(daySpan(event.date).first);
  const last = Date.parse(daySpan(event.endDate ?? event.date).last);
  return (last - first) / DAY_MS + 1 <= WEEK_DAYS ? 2 : 3;
}

/**
 * ACLED codes the most conservative of conflicting tolls, so fatalities is the lowest number any
 * source gives for the killed (a range counts by its lower end; "up to 300" by 300, the only
 * number it states). ACLED writes 0 when no toll is reported; we leave the cell empty, because
 * our sources not giving a toll does not mean nobody died. Disagreements are named in notes.
 */
export function fatalities(event: Pick<Event, 'figures'>): number | '' {
  const counts = event.figures
    .filter((f) => f.measure === 'killed' && f.unit === 'people')
    .map((f) => f.min ?? f.max!);
  return counts.length > 0 ? Math.min(...counts) : '';
}

/** What notes adds to the summary: the date window, the status, the actors and places beyond the first, the disagreements, and the kind where ACLED's columns fall short. */
function notes(event: Event, input: Pick<ExportInput, 'sources'>, locale: string): string {
  const parts = [event.summary];
  if (event.endDate && event.endDate !== event.date) {
    parts.push(`${event.approximate ? 'Some time between' : 'From'} ${daySpan(event.date).first} ${event.approximate ? 'and' : 'to'} ${daySpan(event.endDate).last}.`);
  } else if (event.approximate) {
    parts.push(`Date approximate.`);
  }
  if (event.status === 'scheduled') parts.push('Status: scheduled, not yet reported as held.');
  if (event.status === 'claimed') parts.push('Status: claimed by one side, not confirmed by others.');
  if (event.actors.length > 2) parts.push(`Also involved: ${event.actors.slice(2).join(', ')}.`);
  const place = locateEvent(event)?.place ?? event.places[0];
  const others = event.places.filter((p) => p !== place);
  if (others.length > 0) parts.push(`Also at: ${others.map((p) => p.name).join(', ')}.`);
  const disagreements = describeDisagreements(event, input.sources, locale);
  if (disagreements) parts.push(disagreements);
  // Where the ACLED columns cannot say what happened, the timeline's own kind and type do.
  const acled = acledType(event);
  if (!acled.eventType || !acled.subEventType) parts.push(`Kind: ${KIND_LABELS[event.kind]}${event.type ? `; type: ${TYPE_LABELS[event.type]}` : ''}.`);
  return parts.join(' ');
}

/**
 * An event as one ACLED-style row. event_date is the first day the report allows (ISO
 * YYYY-MM-DD, as ACLED's current exports write it); notes give the whole window.
 * @example csvRow(talks, input, 'en-GB').time_precision // 1
 */
export function csvRow(event: Event, input: Pick<ExportInput, 'sources'>, locale: string): CsvRow {
  const { eventType, subEventType } = acledType(event);
  const located = locateEvent(event);
  const place = located?.place ?? event.places[0];
  const files = [...new Set(event.citations.map((c) => c.source))];
  return {
    event_id: event.id,
    event_date: daySpan(event.date).first,
    time_precision: timePrecision(event),
    event_type: eventType,
    sub_event_type: subEventType,
    actor1: event.actors[0] ?? '',
    actor2: event.actors[1] ?? '',
    country: place?.country ?? '',
    admin1: place?.admin1 ?? '',
    location: place?.name ?? '',
    latitude: located?.latitude ?? '',
    longitude: located?.longitude ?? '',
    geo_precision: located?.geoPrecision ?? '',
    fatalities: fatalities(event),
    // ACLED separates several sources with "; ".
    source: files.map((file) => sourceLabel(input.sources.get(file) ?? { file })).join('; '),
    notes: notes(event, input, locale),
  };
}

/**
 * The events as CSV (RFC 4180: CRLF between records), with a header row. Every field is quoted,
 * so no separator or line break inside one can end it early, and no cell that a spreadsheet could
 * cut from a field, splitting on `,`, `;` or tab, starts a formula (see neutraliseFormulas).
 * @example eventsCsv({ events, sources }, 'en-GB').split('\r\n')[0] // '"event_id","event_date","time_precision",…'
 */
export function eventsCsv(input: Pick<ExportInput, 'events' | 'sources'>, locale: string): string {
  const rows = input.events.map((e) => {
    const row = csvRow(e, input, locale);
    return Object.fromEntries(Object.entries(row).map(([column, value]) => [column, typeof value === 'string' ? neutraliseFormulas(value) : value]));
  });
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], record_delimiter: 'windows', quoted: true, quoted_empty: true });
}
