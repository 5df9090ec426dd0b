import { DateTime } from 'luxon';
import type { TimeSpec } from './findTimeExpressions.ts';

/** A time expression placed on the calendar, at the precision the text gives. */
export interface ResolvedTime {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: string;
  /** Last day of a window, for approximate expressions ("earlier this week"). */
  endDate?: string;
  /** True when date…endDate only bounds when it happened. */
  approximate: boolean;
}

/**
 * Which way an expression without a year or week points from the publication date:
 * `neutral` takes the nearest such date, or for a weekday the latest one (news reports the past).
 */
export type Direction = 'past' | 'future' | 'neutral';

const day = (d: DateTime) => d.toISODate()!;
const month = (d: DateTime) => d.toFormat('yyyy-MM');
const window = (from: DateTime, to: DateTime): ResolvedTime =>
  from.hasSame(to, 'day') ? { date: day(from), approximate: false } : { date: day(from), endDate: day(to), approximate: true };

/** The year of a month (and day) stated without one: the nearest such date on the given side. */
function yearFor(published: DateTime, monthNo: number, dayNo: number | undefined, direction: Direction): number {
  const candidate = (year: number) => published.set({ year, month: monthNo, day: dayNo ?? 1 });
  const sameYear = candidate(published.year);
  const compare = dayNo === undefined ? sameYear.startOf('month') <= published.startOf('month') : sameYear <= published;
  if (direction === 'past') return compare ? published.year : published.year - 1;
  const after = dayNo === undefined ? sameYear.startOf('month') >= published.startOf('month') : sameYear >= published;
  if (direction === 'future') return after ? published.year : published.year + 1;
  const years = [published.year - 1, published.year, published.year + 1];
  const distance = (year: number) => Math.abs(candidate(year).diff(published, 'days').days);
  return years.sort((a, b) => distance(a) - distance(b))[0]!;
}

/**
 * Places a time expression on the calendar, relative to the day the article was published.
 * "Earlier this week" becomes a window of the days before publication in the same week.
 * @example resolveTime({ type: 'weekday', weekday: 6 }, DateTime.fromISO('2025-12-24'), 'future').date // '2025-12-27'
 */
export function resolveTime(spec: TimeSpec, published: DateTime, direction: Direction): ResolvedTime | undefined {
  const p = published.startOf('day');
  switch (spec.type) {
    case 'calendar': {
      if (spec.month === undefined) return spec.year === undefined ? undefined : { date: String(spec.year), approximate: false };
      const year = spec.year ?? yearFor(p, spec.month, spec.day, direction);
      const at = DateTime.fromObject({ year, month: spec.month, day: spec.day ?? 1 }, { zone: p.zone });
      if (!at.isValid) return undefined;
      return { date: spec.day === undefined ? month(at) : day(at), approximate: false };
    }
    case 'weekday': {
      const toward = spec.hint ?? (direction === 'future' ? 'future' : 'past');
      // "On Tuesday" in a report published on a Tuesday is that day, looking either way.
      const delta = toward === 'past' ? -((p.weekday - spec.weekday + 7) % 7) : (spec.weekday - p.weekday + 7) % 7;
      return { date: day(p.plus({ days: delta })), approximate: false };
    }
    case 'month-part': {
      const year = spec.year ?? yearFor(p, spec.month, undefined, direction);
      const first = DateTime.fromObject({ year, month: spec.month, day: 1 }, { zone: p.zone });
      const [from, to] = { early: [1, 10], mid: [11, 20], late: [21, first.daysInMonth!] }[spec.part];
      return window(first.set({ day: from }), first.set({ day: to }));
    }
    case 'relative': {
      if (spec.unit === 'day') return { date: day(p.plus({ days: spec.shift })), approximate: false };
      const period = p.plus({ [spec.unit + 's']: spec.shift });
      const start = period.startOf(spec.unit);
      const end = period.endOf(spec.unit).startOf('day');
      if (spec.part === 'earlier' && spec.shift === 0) {
        // Before the day of publication, within the period; on its first day, the day itself.
        const last = p.minus({ days: 1 }) < start ? start : p.minus({ days: 1 });
        return spec.unit === 'week' ? window(start, last) : periodDate(spec.unit, start);
      }
      if (spec.part === 'later' && spec.shift === 0) {
        const first = p.plus({ days: 1 }) > end ? end : p.plus({ days: 1 });
        return spec.unit === 'week' ? window(first, end) : periodDate(spec.unit, start);
      }
      return spec.unit === 'week' ? window(start, end) : periodDate(spec.unit, start);
    }
  }
}

function periodDate(unit: 'month' | 'year', start: DateTime): ResolvedTime {
  return { date: unit === 'month' ? month(start) : String(start.year), approximate: false };
}
