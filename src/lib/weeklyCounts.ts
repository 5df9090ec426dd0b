import { DateTime } from 'luxon';
import type { Event, Kind } from './eventSchema.ts';
import { daySpan, precisionOf } from './partialDate.ts';

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

/**
 * Events per week (Monday to Sunday, in the given zone) and kind. An event counts in the week of
 * its first day when its date is known to the day and its span is at most a week; the rest are
 * returned as `unplaced` rather than guessed into a week.
 * @example weeklyCounts([{ date: '2025-12-24', kind: 'talks', … }]).counts // [{ week: '2025-12-22', kind: 'talks', count: 1, … }]
 */
export function weeklyCounts(events: readonly Event[], zone = 'Asia/Bangkok'): WeeklyCounts {
  const day = (iso: string) => DateTime.fromISO(iso, { zone });
  const byWeek = new Map<string, Map<Kind, Event[]>>();
  const unplaced: Event[] = [];
  for (const event of events) {
    const first = day(daySpan(event.date).first);
    const last = day(daySpan(event.endDate ?? event.date).last);
    if (precisionOf(event.date) !== 'day' || last.diff(first, 'days').days >= WEEK_DAYS) {
      unplaced.push(event);
      continue;
    }
    const week = first.startOf('week').toISODate()!;
    const kinds = byWeek.get(week) ?? new Map<Kind, Event[]>();
    kinds.set(event.kind, [...(kinds.get(event.kind) ?? []), event]);
    byWeek.set(week, kinds);
  }
  const placed = [...byWeek.keys()].sort();
  const weeks: string[] = [];
  if (placed.length > 0) {
    const lastWeek = day(placed.at(-1)!);
    for (let w = day(placed[0]!); w <= lastWeek; w = w.plus({ weeks: 1 })) weeks.push(w.toISODate()!);
  }
  const counts = placed.flatMap((week) =>
    [...byWeek.get(week)!].map(([kind, evs]) => ({ week, kind, count: evs.length, events: evs })),
  );
  return { weeks, counts, unplaced };
}
