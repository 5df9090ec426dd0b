import { utcDay, utcMonth, utcWeek, utcYear, type CountableTimeInterval, type TimeInterval } from 'd3-time';
import { DAY_MS } from '../../lib/dayMs.ts';
import { formatDay, type DayStyle } from './formatDay.ts';

/** A tick on the time axis. */
export interface Tick {
  time: number;
  label: string;
  /** A major tick starts a larger period (a year among months, a month among days). */
  major: boolean;
}

interface Level {
  interval: TimeInterval | CountableTimeInterval;
  /** The interval's length in days, about (a month's is 31): what it is weighed by against the pixels. */
  days: number;
  /** Minimum pixels per interval for this level to be used. */
  minPx: number;
  format: DayStyle;
  majorFormat: DayStyle;
  isMajor: (d: Date) => boolean;
}

// Tried from fine to coarse: the finest level whose ticks do not crowd is used. Each level's
// length in days is measured once, here (measuring it each frame took a millisecond of a zoom step).
const FINEST_FIRST: readonly Level[] = ([
  { interval: utcYear, minPx: 0, format: 'year', majorFormat: 'year', isMajor: () => true },
  { interval: utcMonth.every(3)!, minPx: 60, format: 'month', majorFormat: 'monthYear', isMajor: (d) => d.getUTCMonth() === 0 },
  { interval: utcMonth, minPx: 48, format: 'month', majorFormat: 'monthYear', isMajor: (d) => d.getUTCMonth() === 0 },
  { interval: utcWeek, minPx: 56, format: 'dayMonth', majorFormat: 'dayMonthYear', isMajor: (d) => d.getUTCDate() <= 7 && d.getUTCMonth() === 0 },
  { interval: utcDay, minPx: 44, format: 'day', majorFormat: 'dayMonth', isMajor: (d) => d.getUTCDate() === 1 },
] satisfies Omit<Level, 'days'>[]).map((level) => ({ ...level, days: level.interval.offset(new Date(0), 1).getTime() / DAY_MS })).reverse();

/**
 * Ticks for a visible time range: years when zoomed out, then quarters, months, weeks and days,
 * labelled in the page's language (formatDay). Times are UTC days; the site states its zone.
 * @example ticks(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), 800).map((t) => t.label) // ['Jan 2025', 'Feb', …]
 */
export function ticks(from: number, to: number, width: number): Tick[] {
  const pxPerDay = width / Math.max(1, (to - from) / DAY_MS);
  const level = FINEST_FIRST.find((l) => l.days * pxPerDay >= l.minPx) ?? FINEST_FIRST.at(-1)!;
  return level.interval.range(new Date(from), new Date(to + 1)).map((d, i) => {
    const major = level.isMajor(d) || i === 0;
    return { time: d.getTime(), major, label: formatDay(d.getTime(), major ? level.majorFormat : level.format) };
  });
}
