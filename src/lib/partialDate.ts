import { DateTime } from 'luxon';

/** How finely a reported date is known: `2025` (year), `2025-07` (month) or `2025-07-24` (day). */
export type Precision = 'year' | 'month' | 'day';

/** A date at the precision the sources give, as an ISO 8601 string: `2025`, `2025-07` or `2025-07-24`. */
export type PartialDate = string;

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const ZONE = 'UTC';

/**
 * The precision of a well-formed partial date, or `undefined` if it is not one.
 * @example precisionOf('2025-07') // 'month'
 */
export function precisionOf(date: string): Precision | undefined {
  const match = PARTIAL_DATE_PATTERN.exec(date);
  if (!match) return undefined;
  return match[3] ? 'day' : match[2] ? 'month' : 'year';
}

/**
 * True when the string is a partial date that exists on the calendar (no 2025-02-30, no 2025-13).
 * @example isRealDate('2024-02-29') // true
 */
export function isRealDate(date: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(date);
  if (!match) return false;
  const [, year = '', month = '01', day = '01'] = match;
  return DateTime.fromObject({ year: +year, month: +month, day: +day }, { zone: ZONE }).isValid;
}

/**
 * True when the string is a day, YYYY-MM-DD, that exists on the calendar.
 * @example isRealDay('2024-02-29') // true; isRealDay('2025-02-29') and isRealDay('2025-02') // false
 */
export function isRealDay(value: string): boolean {
  return precisionOf(value) === 'day' && isRealDate(value);
}

/**
 * The first and last calendar day a partial date covers, as ISO days.
 * @example daySpan('2025-02') // { first: '2025-02-01', last: '2025-02-28' }
 */
export function daySpan(date: PartialDate): { first: string; last: string } {
  let span = spans.get(date);
  if (!span) {
    const precision = precisionOf(date);
    if (!precision || !isRealDate(date)) throw new TypeError(`not a real partial date: ${date}`);
    const start = DateTime.fromISO(date, { zone: ZONE });
    span = Object.freeze({ first: start.toISODate()!, last: start.endOf(precision).toISODate()! });
    // Few distinct dates occur, and timelines ask for them over and over.
    if (spans.size > 100_000) spans.clear();
    spans.set(date, span);
  }
  return span;
}

const spans = new Map<string, Readonly<{ first: string; last: string }>>();
