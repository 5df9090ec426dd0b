import { DAY_MS } from './dayMs.ts';
import { dayRange } from './dayRange.ts';
import type { Event, Kind } from './eventSchema.ts';
import { precisionOf } from './partialDate.ts';

/** How many events of one kind fall in one week. */
export interface WeekCount {
  /** Monday that starts the week, as an ISO day. @example '2025-12-22' */
  week: string;
  kind: Kind;
  count: number;
  /** The events counted, in the order given. */
  events: Event[];
}

export interface WeeklyCounts {
  /** Every week from the first counted event's to the last's, empty weeks included, as the ISO day of its Monday. */
  weeks: string[];
  /** Non-zero counts, by week then in order of first appearance of the kind. */
  counts: WeekCount[];
  /** Events dated too coarsely to belong to one week (a month, a year, a window longer than a week). */
  unplaced: Event[];
}

const WEEK_DAYS = 7;
// Day 0, 1 January 1970, was a Thursday: three days after a Monday.
const DAYS_SINCE_MONDAY_AT_EPOCH = 3;

const isoDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/**
 * Events per week (Monday to Sunday) and kind. An event counts in the week of its first day when
 * its date is known to the day and its span is at most a week; the rest are returned as
 * `unplaced` rather than guessed into a week.
 *
 * Dates are calendar days, so the weeks are worked out on day numbers (days since 1970-01-01, by
 * dayRange's UTC arithmetic), where a week is seven numbers and no zone can move a day: luxon
 * for each of 25,000 events took seconds per figures page. The zone is accepted for callers that
 * pass the site's; a calendar day's week is the same in every zone.
 * @example weeklyCounts([{ date: '2025-12-24', kind: 'talks', … }]).counts // [{ week: '2025-12-22', kind: 'talks', count: 1, … }]
 */
export function weeklyCounts(events: readonly Event[], _zone?: string): WeeklyCounts {
  const byWeek = new Map<number, Map<Kind, Event[]>>();
  const unplaced: Event[] = [];
  for (const event of events) {
    const [start, end] = dayRange(event.date, event.endDate);
    const first = start / DAY_MS;
    const last = end / DAY_MS - 1;
    if (precisionOf(event.date) !== 'day' || last - first >= WEEK_DAYS) {
      unplaced.push(event);
      continue;
    }
    const week = first - ((first + DAYS_SINCE_MONDAY_AT_EPOCH) % WEEK_DAYS);
    let kinds = byWeek.get(week);
    if (!kinds) byWeek.set(week, (kinds = new Map()));
    const counted = kinds.get(event.kind);
    if (counted) counted.push(event);
    else kinds.set(event.kind, [event]);
  }
  const placed = [...byWeek.keys()].sort((a, b) => a - b);
  const weeks: string[] = [];
  if (placed.length > 0) for (let w = placed[0]!; w <= placed.at(-1)!; w += WEEK_DAYS) weeks.push(isoDay(w));
  const counts = placed.flatMap((week) =>
    [...byWeek.get(week)!].map(([kind, evs]) => ({ week: isoDay(week), kind, count: evs.length, events: evs })),
  );
  return { weeks, counts, unplaced };
}
