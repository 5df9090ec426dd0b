import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { daySpan, precisionOf, type Precision } from '../../../../src/lib/partialDate.ts';

/** The dated part of an event or a key happening. */
export interface Dated {
  date: string;
  endDate?: string | undefined;
  approximate?: boolean | undefined;
}

const RANK: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/** Longest window ("earlier this week") still read as day precision. */
export const WINDOW_DAYS = 7;

const days = (first: string, last: string) => Math.round((Date.parse(last) - Date.parse(first)) / DAY_MS) + 1;

/** First and last day covered. */
export function spanOf(d: Dated): { first: string; last: string } {
  return { first: daySpan(d.date).first, last: daySpan(d.endDate ?? d.date).last };
}

/** How finely a date is known; an approximate window longer than a week counts as a month. */
export function grainOf(d: Dated): Precision {
  const precision = precisionOf(d.date)!;
  if (precision !== 'day' || !d.approximate) return precision;
  const { first, last } = spanOf(d);
  return days(first, last) > WINDOW_DAYS ? 'month' : 'day';
}

/** True when the two date spans share at least one day. */
export function overlaps(a: Dated, b: Dated): boolean {
  const x = spanOf(a);
  const y = spanOf(b);
  return x.first <= y.last && y.first <= x.last;
}

/**
 * An event is at the right date for a happening when their spans share a day and the event is
 * known no less finely than the key: a month-level recap of a day-level happening is not its date.
 * @example isRightDate({ date: '2021-04' }, { date: '2021-04-29' }) // false
 */
export function isRightDate(event: Dated, key: Dated): boolean {
  return overlaps(event, key) && RANK[grainOf(event)] <= RANK[grainOf(key)];
}

/** Days between the starts of two spans, for choosing the nearest of several candidates. */
export function startDistance(a: Dated, b: Dated): number {
  return Math.abs(days(spanOf(a).first, spanOf(b).first) - 1);
}
