import type { DateTime } from 'luxon';
import { bareWeekday } from './bareWeekday.ts';
import { resolveTime } from './resolveTime.ts';
import type { TimeExpression } from './findTimeExpressions.ts';

/** What joins the members of a list of days: "Tuesday, Friday and Saturday", "Monday or Tuesday". */
const JOINS = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:on\s+)?$/i;

/**
 * The day a bare weekday names in a list of weekdays told in the past ("had closed on Tuesday,
 * Friday and Saturday"): a reader takes the list in the order of the calendar, so each day falls
 * before the one listed after it, the last counted back from publication as any past weekday is.
 * Counted apart, the first of the list may land on the day of publication or after its fellows, a
 * week late, when the publication day itself is a day or two late. Undefined for a weekday that
 * is not followed by another in a list, which keeps its own reading.
 * @example listedWeekday('closed on Tuesday, Friday and Saturday', dates[0], dates, DateTime.fromISO('2025-10-28')) // '2025-10-21'
 */
export function listedWeekday(text: string, time: TimeExpression, dates: readonly TimeExpression[], published: DateTime): string | undefined {
  if (bareWeekday(time.spec) === undefined) return undefined;
  const chain: TimeExpression[] = [time];
  for (const next of [...dates].sort((a, b) => a.start - b.start)) {
    const last = chain[chain.length - 1]!;
    if (next.start < last.end) continue;
    if (bareWeekday(next.spec) === undefined || !JOINS.test(text.slice(last.end, next.start))) break;
    chain.push(next);
  }
  if (chain.length < 2) return undefined;
  const end = resolveTime(chain[chain.length - 1]!.spec, published, 'past')?.date;
  if (end === undefined || end.length !== 10) return undefined;
  let day = published.set({ year: Number(end.slice(0, 4)), month: Number(end.slice(5, 7)), day: Number(end.slice(8, 10)) });
  for (let i = chain.length - 2; i >= 0; i--) {
    const weekday = bareWeekday(chain[i]!.spec)!;
    day = day.minus({ days: (day.weekday - weekday + 7) % 7 || 7 });
  }
  return day.toISODate() ?? undefined;
}
