import { findDateRanges } from './findDateRanges.ts';
import type { TimeExpression } from './findTimeExpressions.ts';
import type { TimeSpec } from './timeSpec.ts';

/** True when the extractor can place the expression on the calendar from the publication day alone. */
function isDate(spec: TimeSpec): boolean {
  switch (spec.type) {
    case 'calendar':
      // A decade ("the 1980s") is a date, of ten years: what it dates is history, not the day's news.
      return (spec.month !== undefined || spec.year !== undefined || spec.period !== undefined || spec.yearShift !== undefined) && spec.period?.kind !== 'century';
    case 'weekday':
      return true;
    case 'relative':
      return spec.from === undefined && spec.unit !== 'decade' && spec.unit !== 'century';
    default:
      return false;
  }
}

// The words that join months written as one group: "August and September 2022", "July, August
// or September 2021", "from July to September 2021", "June–July 2020".
const JOINED = /^\s*(?:,|,?\s*(?:and|or|to|until|till|through)|[-–—])\s*$/i;
/** A month of the calendar written without its year ("August"), able to take the year of the one it is joined to. */
const wantsYear = (spec: TimeSpec) => spec.type === 'calendar' && spec.month !== undefined && spec.year === undefined && spec.yearShift === undefined && spec.period === undefined;

// "the past three days", "the last two weeks", "the past week": the stretch up to the day of telling.
const PAST_STRETCH = /^the\s+(?:past|last)\s/i;
// "for the past week", "over the last week": the seven days up to it, not the calendar week before.
const LASTING = /\b(?:for|over|during|in|throughout)\s+$/i;
const DAYS_IN: Partial<Record<string, number>> = { day: 1, week: 7, fortnight: 14 };

/**
 * "Over the past three days", "for the past week": a stretch counted back from the day of telling,
 * read as that many days up to it. A length without a count ("the last few days") stays a length;
 * "last week" alone stays the calendar week before.
 */
function pastStretch(text: string, e: TimeExpression): TimeExpression | undefined {
  if (!PAST_STRETCH.test(e.text)) return undefined;
  const spec = e.spec;
  const today: TimeSpec = { type: 'relative', unit: 'day', shift: 0 };
  if (spec.type === 'duration' && spec.amount !== undefined && Number.isInteger(spec.amount) && DAYS_IN[spec.unit] !== undefined) {
    const days = spec.amount * DAYS_IN[spec.unit]!;
    return days >= 2 ? { ...e, spec: today, extent: { to: 'count', days, back: true } } : undefined;
  }
  if (spec.type === 'relative' && spec.unit === 'week' && spec.shift === -1 && spec.part === undefined && LASTING.test(text.slice(Math.max(0, e.start - 12), e.start))) {
    return { ...e, spec: today, extent: { to: 'count', days: 7, back: true } };
  }
  return undefined;
}

/**
 * Months written as one group share the year written once after the last ("In August and
 * September 2022": August 2022, not the next August). Only a month not later than the one it is
 * joined to takes its year; "December and January 2021" may cross the year, and is left alone.
 */
function shareYears(text: string, days: readonly TimeExpression[]): TimeExpression[] {
  const out = [...days];
  for (let i = out.length - 2; i >= 0; i--) {
    const [e, next] = [out[i]!, out[i + 1]!];
    if (!wantsYear(e.spec) || next.spec.type !== 'calendar' || next.spec.month === undefined || e.spec.type !== 'calendar') continue;
    if (next.spec.year === undefined && next.spec.yearShift === undefined) continue;
    if (e.spec.month! > next.spec.month || !JOINED.test(text.slice(e.end, next.start))) continue;
    const year = next.spec.year !== undefined ? { year: next.spec.year } : { yearShift: next.spec.yearShift };
    out[i] = { ...e, spec: { ...e.spec, ...year } };
  }
  return out;
}

/**
 * The timeline's view of a text's time expressions (`all`, from `findTimeExpressions`, in text
 * order): the dates it can place on the calendar from the publication day, a range of them read as
 * one date that opens a span (`findDateRanges`), months written as one group sharing their year,
 * and a stretch counted back from the day of telling ("over the past three days") as those days. A second pass, apart from finding the expressions:
 * TimeML tags a range's ends apart, and datelines need no ranges. Linear in the length of the text.
 * @example findDates('Troops fought from Friday to Sunday.', findTimeExpressions(text).all)[0].extent // { to: 'date', until: { type: 'weekday', weekday: 7 } }
 */
export function findDates(text: string, all: readonly TimeExpression[]): TimeExpression[] {
  const days = shareYears(text, all.map((e) => pastStretch(text, e) ?? e).filter((e) => isDate(e.spec)));
  const ranges = findDateRanges(text, days);
  if (ranges.length === 0) return days;
  const inRange = new Uint8Array(text.length + 1);
  for (const r of ranges) inRange.fill(1, r.start, r.end);
  return [...ranges, ...days.filter((d) => !inRange.subarray(d.start, d.end).includes(1))].sort((a, b) => a.start - b.start);
}
