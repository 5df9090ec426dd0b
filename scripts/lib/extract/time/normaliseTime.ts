import { DateTime } from 'luxon';
import { durationValue } from './timeGrammar.ts';
import type { ClockTime, TimeSpec } from './timeSpec.ts';

/** A time expression's TIMEX3 type and value: `{ type: 'DATE', value: '2025-12-24' }`. */
export interface Timex3 {
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  value: string;
}

/**
 * What the text has spoken of before an expression, for those that count from it: `reference`,
 * the value of the last date it named ("a year earlier" than it); `quarter`, the last quarter it
 * named (a report of results compares "a year ago" and "the 1988 period" with that quarter).
 */
export interface TimeContext {
  reference?: string;
  quarter?: string;
}

/**
 * Which way an expression without a year or week points from the publication date:
 * `neutral` takes the nearest such date, or for a weekday the latest one (news reports the past).
 */
export type Direction = 'past' | 'future' | 'neutral';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const dayValue = (d: DateTime) => d.toISODate()!;
const weekValue = (d: DateTime) => d.toFormat("kkkk-'W'WW");
const quarterOf = (d: DateTime) => Math.ceil(d.month / 3);
/** A fortnight: how near publication a date without a year overrides the tense's direction. */
const NEAR_DAYS = 14;
/** About eight months: how far from publication a date without a year or tense stays in its year. */
const SAME_YEAR_DAYS = 244;
const SEASON_MONTH = { SP: 3, SU: 6, FA: 9, WI: 12 } as const;

/** The year of a month (and day) stated without one: the nearest such date on the given side. */
export function yearFor(published: DateTime, monthNo: number, dayNo: number | undefined, direction: Direction): number {
  // Asked once for each date an article names, and an article names the same few days again and
  // again: each answer takes a dozen date calculations, so it is worked out once per publication.
  const key = `${published.toMillis()}|${published.zoneName}|${monthNo}|${dayNo}|${direction}`;
  let year = yearCache.get(key);
  if (year === undefined) {
    if (yearCache.size >= YEAR_CACHE_SIZE) yearCache.clear();
    yearCache.set(key, (year = workOutYear(published, monthNo, dayNo, direction)));
  }
  return year;
}

const YEAR_CACHE_SIZE = 10_000;
const yearCache = new Map<string, number>();

function workOutYear(published: DateTime, monthNo: number, dayNo: number | undefined, direction: Direction): number {
  const candidate = (year: number) => published.set({ year, month: monthNo, day: Math.min(dayNo ?? 1, published.set({ year, month: monthNo }).daysInMonth!) });
  const years = [published.year - 1, published.year, published.year + 1];
  // Every year asked about below is one of these three.
  const distances = new Map(years.map((y) => [y, Math.abs(candidate(y).diff(published, 'days').days)]));
  const distance = (y: number) => distances.get(y)!;
  const nearest = years.sort((a, b) => distance(a) - distance(b) || b - a)[0]!;
  const sameYear = candidate(published.year);
  // No tense: the publication's own year, as news mostly speaks of its year, unless that date is
  // so far off that the neighbouring year's is the one meant ("January" in late December).
  let year = distance(published.year) <= SAME_YEAR_DAYS ? published.year : nearest;
  if (direction === 'past') {
    const notAfter = dayNo === undefined ? sameYear.startOf('month') <= published.startOf('month') : sameYear <= published;
    year = notAfter ? published.year : published.year - 1;
  } else if (direction === 'future') {
    const notBefore = dayNo === undefined ? sameYear.startOf('month') >= published.startOf('month') : sameYear >= published;
    year = notBefore ? published.year : published.year + 1;
  }
  // What lies ahead is rarely named without its year almost a year ahead: "by Jan. 14" in a report
  // of the 15th is the deadline just passed. (Looking back, the tense decides: a report may recall
  // last year's day.)
  return direction === 'future' && dayNo !== undefined && distance(nearest) <= NEAR_DAYS && distance(year) > 365 - NEAR_DAYS ? nearest : year;
}

/** The nth weekday of a month (n = -1: the last), for holidays such as Thanksgiving. */
function nthWeekday(year: number, month: number, weekday: number, n: number, zone: string): DateTime {
  const first = DateTime.fromObject({ year, month, day: 1 }, { zone });
  if (n > 0) return first.plus({ days: ((weekday - first.weekday + 7) % 7) + 7 * (n - 1) });
  const last = first.endOf('month').startOf('day');
  return last.minus({ days: (last.weekday - weekday + 7) % 7 });
}

function clockSuffix(time: ClockTime | undefined): string {
  if (!time) return '';
  if (time.hour === undefined) return `T${time.partOfDay}`;
  return `T${pad(time.hour)}${time.hour === 24 ? '' : `:${pad(time.minute ?? 0)}`}${time.utc ? 'Z' : ''}`;
}

/** The granularity of a TIMEX3 date value, for counting from it ("a year earlier" than a quarter is a quarter). */
export function referenceOf(value: string, zone: string): { at: DateTime; unit: 'day' | 'week' | 'month' | 'quarter' | 'year' } | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return { at: DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: +m[3]! }, { zone }), unit: 'day' };
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) return { at: DateTime.fromObject({ weekYear: +m[1]!, weekNumber: +m[2]!, weekday: 1 }, { zone }), unit: 'week' };
  if ((m = /^(\d{4})-Q(\d)$/.exec(value))) return { at: DateTime.fromObject({ year: +m[1]!, month: 3 * +m[2]! - 2, day: 1 }, { zone }), unit: 'quarter' };
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { at: DateTime.fromObject({ year: +m[1]!, month: +m[2]!, day: 1 }, { zone }), unit: 'month' };
  if ((m = /^(\d{4})$/.exec(value))) return { at: DateTime.fromObject({ year: +m[1]!, month: 1, day: 1 }, { zone }), unit: 'year' };
  return undefined;
}

const FINER = ['day', 'week', 'month', 'quarter', 'half', 'year', 'decade', 'century'] as const;

/** The value of the period of `unit` that holds `at`. */
function periodValue(at: DateTime, unit: (typeof FINER)[number] | 'weekend'): string {
  switch (unit) {
    case 'day':
      return dayValue(at);
    case 'week':
      return weekValue(at);
    case 'weekend':
      return `${weekValue(at)}-WE`;
    case 'month':
      return at.toFormat('yyyy-MM');
    case 'quarter':
      return `${at.year}-Q${quarterOf(at)}`;
    case 'half':
      return `${at.year}-H${at.month <= 6 ? 1 : 2}`;
    case 'year':
      return String(at.year);
    case 'decade':
      return String(at.year).slice(0, 3);
    case 'century':
      return String(at.year).slice(0, 2);
  }
}

/**
 * Places a time expression on the calendar as TIMEX3 does, relative to the day the article was
 * published (or, for "a year earlier", "the following month", to the date the text last spoke
 * of: see `TimeContext`). Undefined when the words name no real date.
 * @example normaliseTime({ type: 'weekday', weekday: 6 }, DateTime.fromISO('2025-12-24'), 'future') // { type: 'DATE', value: '2025-12-27' }
 */
export function normaliseTime(spec: TimeSpec, published: DateTime, direction: Direction, context: TimeContext = {}): Timex3 | undefined {
  const { reference, quarter } = context;
  const quarterIndex = quarter ? Number(quarter.slice(-1)) : undefined;
  // Values are calendar days, which no zone shifts: the publication day is taken as a UTC date,
  // on which luxon counts without consulting time-zone rules (many times faster).
  const zone = 'UTC';
  const p = DateTime.utc(published.year, published.month, published.day);
  const dated = (value: string, time?: ClockTime): Timex3 => ({ type: time ? 'TIME' : 'DATE', value: value + clockSuffix(time) });
  switch (spec.type) {
    case 'calendar': {
      const toward = spec.hint ?? direction;
      const { period } = spec;
      const year = spec.year ?? (spec.yearShift !== undefined ? p.year + spec.yearShift : undefined);
      if (period?.kind === 'decade') return { type: 'DATE', value: String(spec.year).slice(0, 3) };
      if (period?.kind === 'century') return { type: 'DATE', value: pad((spec.year ?? 0) / 100) };
      // "The 1988 quarter": the quarter the text speaks of, in that year.
      if (period?.kind === 'quarter' && period.index === 0) return { type: 'DATE', value: quarterIndex && year !== undefined ? `${year}-Q${quarterIndex}` : String(year) };
      if (period) {
        // Decades and centuries returned above: a quarter, a half or a season is left.
        const first = period.kind === 'season' ? SEASON_MONTH[period.index] : period.kind === 'quarter' ? 3 * period.index - 2 : 6 * period.index - 5;
        // A quarter or season already begun by the day of publication is this year's, unless the
        // words look ahead; one not yet begun is this year's when looking ahead, else last year's.
        const begun = first <= p.month;
        const y = year ?? (period.kind === 'season' && period.index === 'WI' ? yearFor(p, first, undefined, toward) : begun ? (toward === 'future' && spec.hint === 'future' ? p.year + 1 : p.year) : toward === 'future' ? p.year : p.year - 1);
        const code = period.kind === 'season' ? period.index : `${period.kind === 'quarter' ? 'Q' : 'H'}${period.index}`;
        return { type: 'DATE', value: `${y}-${code}` };
      }
      if (spec.month === undefined) {
        if (year !== undefined) return { type: 'DATE', value: String(year) };
        // A time of day alone is on the day the text speaks of: the day last named, or else publication.
        const day = reference && /^\d{4}-\d{2}-\d{2}$/.test(reference) ? reference : dayValue(p);
        return spec.time ? dated(day, spec.time) : undefined;
      }
      // A weekday beside the date fixes its year: the year nearest publication, on the side the
      // tense allows, in which the date falls on it; within a fortnight of publication the calendar
      // is surer than the tense ("Saturday, April 25" in a report of Friday the 24th is tomorrow,
      // whatever the verb). Where none does, the date wins (see findCueClashes).
      // Each candidate year's date is made once: the sort would otherwise remake it per comparison.
      // Only asked when the text gives no year: the year given wins over the weekday.
      const matching = year === undefined && spec.weekday !== undefined && spec.day !== undefined
        ? [p.year, p.year - 1, p.year + 1]
          .map((c) => ({ c, at: DateTime.fromObject({ year: c, month: spec.month, day: spec.day }, { zone }) }))
          .filter(({ at }) => at.isValid && at.weekday === spec.weekday)
          .map(({ c, at }) => ({ c, days: Math.abs(at.diff(p, 'days').days), sideOk: toward === 'past' ? at <= p : toward === 'future' ? at >= p : true }))
          .filter(({ days, sideOk }) => sideOk || days <= NEAR_DAYS)
          .sort((a, b) => a.days - b.days)
          .map(({ c }) => c)
        : [];
      // "Last August" said in August is a year back, "next August" a year on: the words point past
      // the month the report is in.
      const pastOwnMonth = year === undefined && spec.day === undefined && spec.hint !== undefined && spec.month === p.month ? p.year + (spec.hint === 'past' ? -1 : 1) : undefined;
      const y = year ?? pastOwnMonth ?? matching[0] ?? yearFor(p, spec.month, spec.day, toward);
      if (spec.nthWeekday) return dated(dayValue(nthWeekday(y, spec.month, spec.nthWeekday.weekday, spec.nthWeekday.n, zone)), spec.time);
      if (spec.day === undefined) return { type: 'DATE', value: `${y}-${pad(spec.month)}` };
      const at = DateTime.fromObject({ year: y, month: spec.month, day: spec.day }, { zone });
      return at.isValid ? dated(dayValue(at), spec.time) : undefined;
    }
    case 'weekday': {
      if (spec.week !== undefined) return dated(dayValue(p.plus({ weeks: spec.week }).set({ weekday: spec.weekday as 1 | 2 | 3 | 4 | 5 | 6 | 7 })), spec.time);
      const toward = spec.hint ?? (direction === 'future' ? 'future' : 'past');
      const named = spec.from === 'reference' && reference ? referenceOf(reference, zone) : undefined;
      const base = named?.unit === 'day' ? named.at : p;
      // "On Tuesday" in a report published on a Tuesday is that day, looking either way;
      // "last Tuesday" and "next Tuesday" never are.
      const back = (base.weekday - spec.weekday + 7) % 7 || (spec.hint === 'past' ? 7 : 0);
      const ahead = (spec.weekday - base.weekday + 7) % 7 || (spec.hint === 'future' ? 7 : 0);
      // "Agreement came early on Tuesday" in a report dated Monday: the small hours of the day
      // after, where it happened, are still the evening before where the report was filed; not
      // six days back.
      if (toward === 'past' && spec.early && !spec.hint && base === p && ahead === 1) return dated(dayValue(base.plus({ days: 1 })), spec.time);
      return dated(dayValue(base.plus({ days: toward === 'past' ? -back : ahead })), spec.time);
    }
    case 'relative': {
      // "A year ago" in a report of a quarter's results is that quarter a year before.
      // "A year earlier" does so too, unless a day or month was named since the quarter.
      const sinceQuarter = reference === undefined || reference === quarter || /^\d{4}$/.test(reference);
      const quarterly = (spec.counted || (spec.precise && sinceQuarter)) && spec.unit === 'year' && quarter !== undefined;
      const named = quarterly ? referenceOf(quarter, zone) : spec.from === 'reference' && reference ? referenceOf(reference, zone) : undefined;
      // A day counted from a date known only to its month or year is counted from publication.
      const from = named && (spec.unit !== 'day' || named.unit === 'day') ? named : undefined;
      const base = from?.at ?? p;
      if (spec.unit === 'weekend') {
        // "The weekend" of a report is the one just past, unless it looks ahead; so is "this
        // weekend" told in the past on a weekday ("clashed this weekend" in Monday's paper).
        const saturday = base.plus({ days: 6 - base.weekday });
        const justPast = (spec.loose && direction !== 'future') || (spec.shift === 0 && direction === 'past');
        const weekend = justPast && base.weekday < 6 ? saturday.minus({ weeks: 1 }) : saturday.plus({ weeks: spec.shift });
        return { type: 'DATE', value: `${weekValue(weekend)}-WE` };
      }
      if (spec.loose && spec.unit === 'quarter') {
        // A quarter of results: the one the text last named, or else the last one ended.
        const named = quarter !== undefined ? referenceOf(quarter, zone)!.at : p.minus({ months: 3 });
        return { type: 'DATE', value: periodValue(named.plus({ months: 3 * spec.shift }), 'quarter') };
      }
      // "The full year" is the year the text speaks of, if it is the publication's or the one before; else the publication's.
      if (spec.loose && spec.unit === 'year') {
        const year = named && Math.abs(named.at.year - p.year) <= 1 ? named.at.year : p.year;
        return { type: 'DATE', value: String(year) };
      }
      // Counting from a finer reference keeps its precision: a year before a quarter is a quarter.
      const unit = from && (spec.precise || quarterly) && FINER.indexOf(from.unit) < FINER.indexOf(spec.unit) && spec.unit !== 'decade' && spec.unit !== 'century' ? from.unit : spec.unit;
      const shifted =
        spec.unit === 'decade' ? base.plus({ years: 10 * spec.shift }) : spec.unit === 'century' ? base.plus({ years: 100 * spec.shift }) : spec.unit === 'half' ? base.plus({ months: 6 * spec.shift }) : base.plus({ [`${spec.unit}s`]: spec.shift });
      if (spec.unit === 'day' || unit === 'day') return dated(dayValue(shifted), spec.time);
      return { type: 'DATE', value: periodValue(shifted, unit) };
    }
    case 'reference':
      return { type: 'DATE', value: spec.ref };
    case 'duration':
      return { type: 'DURATION', value: durationValue(spec.amount, spec.unit) };
    case 'set':
      return { type: 'SET', value: spec.value };
  }
}
