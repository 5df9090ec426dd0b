import { DateTime } from 'luxon';
import { daySpan, precisionOf } from '../../../../src/lib/partialDate.ts';
import type { TimeExpression } from './findTimeExpressions.ts';
import { resolveTime, type Direction, type ResolvedTime } from './resolveTime.ts';

const day = (iso: string) => DateTime.fromISO(iso, { zone: 'UTC' });

/**
 * Places a date on the calendar with the span it opens (see `Extent`): the start as `resolveTime`
 * places it, the end as the first such date on or after the start ("between Friday and Sunday"),
 * the last day of the period ("throughout July"), or a count of days from or up to the start
 * ("for three days from Monday"). A span is what the happening lasted, so it is not approximate
 * unless the words give only a window ("the second or third week of the month"), or its ends are
 * windows themselves: "late November and early December" runs over days no report gives, as
 * loosely as each of its ends. An end that falls before the start leaves the start alone.
 * @example resolveSpan(fromFridayToSunday, DateTime.fromISO('2025-12-08'), 'past') // { date: '2025-12-05', endDate: '2025-12-07', approximate: false }
 */
export function resolveSpan(time: Pick<TimeExpression, 'spec' | 'extent'>, published: DateTime, direction: Direction): ResolvedTime | undefined {
  const start = resolveTime(time.spec, published, direction);
  const extent = time.extent;
  if (!start || !extent) return start;
  const first = daySpan(start.date).first;
  const last = daySpan(start.endDate ?? start.date).last;
  const span = (from: string, to: string, window = false): ResolvedTime => (from === to ? { date: from, approximate: false } : { date: from, endDate: to, approximate: window });
  switch (extent.to) {
    case 'date': {
      // "Until today" and "to June last year" count from publication; "to 10 December", "to Sunday" from the start.
      const counted = extent.until.type === 'relative' || (extent.until.type === 'calendar' && extent.until.yearShift !== undefined);
      const end = resolveTime(extent.until, counted ? published : day(first), counted ? direction : 'future');
      if (!end) return start;
      // Both ends keep the precision the words give: "from July to September" is of months.
      if (precisionOf(start.date) !== 'day' && !start.endDate) {
        const endDate = end.endDate ?? end.date;
        return precisionOf(endDate) === precisionOf(start.date) && endDate > start.date ? { date: start.date, endDate, approximate: Boolean(extent.window) } : start;
      }
      const to = daySpan(end.endDate ?? end.date).last;
      return to > first ? span(first, to, Boolean(extent.window) || start.approximate || end.approximate) : start;
    }
    case 'whole': {
      if (!extent.days) return span(first, last, extent.window);
      // Days of the month the date names, as many as it has.
      const month = day(first);
      const from = month.set({ day: Math.min(extent.days[0], month.daysInMonth!) }).toISODate()!;
      const to = month.set({ day: Math.min(extent.days[1], month.daysInMonth!) }).toISODate()!;
      return precisionOf(start.date) === 'month' ? span(from, to, extent.window) : start;
    }
    case 'count': {
      if (precisionOf(start.date) !== 'day' || start.endDate || extent.days < 2) return start;
      const other = extent.back ? day(first).minus({ days: extent.days - 1 }) : day(first).plus({ days: extent.days - 1 });
      return extent.back ? span(other.toISODate()!, first) : span(first, other.toISODate()!);
    }
  }
}
