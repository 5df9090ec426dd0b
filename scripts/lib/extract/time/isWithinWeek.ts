import { DAY_MS } from '../../../../src/lib/dayMs.ts';
import { daySpan } from '../../../../src/lib/partialDate.ts';
import type { ResolvedTime } from './resolveTime.ts';

/** Days a window of days may span and still say when something was said: "last week", "earlier this week". */
const WEEK_DAYS = 7;

/**
 * Whether a time placed on the calendar is a day, or a window of days no longer than a week:
 * what was said "last week" was said then, not on the day of the report that recalls it.
 * @example isWithinWeek({ date: '2025-03-03', endDate: '2025-03-09', approximate: true }) // true
 */
export function isWithinWeek(time: ResolvedTime | undefined): time is ResolvedTime {
  if (time === undefined || time.date.length !== 10) return false;
  const { first } = daySpan(time.date);
  const { last } = daySpan(time.endDate ?? time.date);
  return (Date.parse(last) - Date.parse(first)) / DAY_MS < WEEK_DAYS;
}
