import { DateTime } from 'luxon';
import type { TimeSpec } from './timeSpec.ts';

// A year with a 29 February, to count days across the end of a month when the text gives no year.
const LEAP_YEAR = 2024;

/**
 * The day a number of days from a date the text gives, before it is placed on the calendar: "a
 * day after … on Monday" is Tuesday, "two days before … on March 1" is February 28. Only a day
 * can be shifted so (a weekday, by less than a week; a calendar day; a day counted from
 * publication); anything else gives undefined.
 * @example shiftSpec({ type: 'weekday', weekday: 1 }, 1) // { type: 'weekday', weekday: 2 }
 */
export function shiftSpec(spec: TimeSpec, days: number): TimeSpec | undefined {
  if (!Number.isInteger(days)) throw new TypeError(`expected a whole number of days, found ${days}`);
  // A weekday a week or more away is the same name in another week, which it cannot say.
  if (spec.type === 'weekday' && spec.week === undefined && spec.from === undefined && Math.abs(days) < 7) {
    const { time: _time, ...rest } = spec;
    return { ...rest, weekday: ((((spec.weekday - 1 + days) % 7) + 7) % 7) + 1 };
  }
  if (spec.type === 'relative' && spec.unit === 'day' && spec.from === undefined && spec.part === undefined) {
    const { time: _time, ...rest } = spec;
    return { ...rest, shift: spec.shift + days };
  }
  if (spec.type === 'calendar' && spec.month !== undefined && spec.day !== undefined && spec.period === undefined && spec.yearShift === undefined) {
    const from = DateTime.fromObject({ year: spec.year ?? LEAP_YEAR, month: spec.month, day: spec.day }, { zone: 'UTC' });
    if (!from.isValid) return undefined;
    const to = from.plus({ days });
    // Across a new year, a date without its year cannot say which year it then falls in.
    if (spec.year === undefined && to.year !== from.year) return undefined;
    const { time: _time, weekday: _weekday, ...rest } = spec;
    return { ...rest, ...(spec.year !== undefined ? { year: to.year } : {}), month: to.month, day: to.day };
  }
  return undefined;
}
