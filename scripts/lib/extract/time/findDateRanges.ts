import type { TimeExpression } from './findTimeExpressions.ts';
import { hasTimeOfDay, namesDay } from './namesDay.ts';
import type { Extent, TimeSpec } from './timeSpec.ts';
import { alternation, MONTHS, ORDINALS } from './timeVocabulary.ts';

/** A date that opens a span: the start's expression, over the words of the whole span. */
export type RangeExpression = TimeExpression & { extent: Extent };

// The words between the two ends of a range: "to", "until", "through", a dash; "and" after "between"
// or between two months.
const JOIN = /^\s*(?:to|until|till|through|thru|[-–—])\s*$/i;
const JOIN_BETWEEN = /^\s*and\s*$/i;
const FROM = /\b(?:from|between)\s+(?:the\s+)?$/i;
const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;
// "moved from Monday to Wednesday": a plan's old and new dates, not a span.
const MOVED = /\b(?:postpon|put\s+off|delay|mov|push|brought|bring|reschedul|chang|shift|advanc|extend|prolong)[\p{L}]*\b[^.;:]*$/iu;
// A bare day before a dated day: "8 to 10 December", "from the 8th to the 10th of December".
const DAY_BEFORE = /\b(?<lead>(?:from|between)\s+)?(?:the\s+)?(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\s*(?<join>to|until|till|through|and|[-–—])\s*(?:the\s+)?$/i;
// A bare day after a dated day: "Feb. 4-7", "December 8 to 10", with a year after it or not; not
// a count of a plural, in either case ("March 3 to 5 soldiers", "to 5 Boreans"): the i flag folds
// \p{Ll} into any letter, so the pattern says \p{L}.
const DAY_AFTER = /^\s*(?<join>to|until|till|through|and|[-–—])\s*(?<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:%]|[.,]\d|\s*(?:%|per\s*cent|percent)|\s+(?!(?:was|has|is|as|its|this|thus)\b)\p{L}+s\b|\s+(?:people|men|women|children|police|personnel|staff|more|of)\b)(?:,?\s+(?<year>(?:1[6-9]|20)\d\d)(?!\d))?/iu;
// "throughout July", "all through the week": the whole of a period.
const THROUGHOUT = /\b(?:throughout|all\s+through)\s+$/i;
// "the second or third week of the month", "the last week of December".
const WEEK_OF = new RegExp(
  String.raw`\bthe\s+(?<first>first|second|third|fourth|last|final)(?:\s+(?:or|and|to)\s+(?<second>second|third|fourth|last|final))?\s+weeks?\s+of\s+(?:(?<rel>the|this|next|last)\s+month|(?<month>${alternation(MONTHS)})\.?(?:\s+(?<year>(?:1[6-9]|20)\d\d))?)\b`,
  'gi',
);
const WEEK_DAYS = (ordinal: string): [number, number] => {
  const n = ordinal.toLowerCase() === 'final' || ordinal.toLowerCase() === 'last' ? 5 : ORDINALS[ordinal.toLowerCase()]!;
  return n === 5 ? [22, 31] : [7 * (n - 1) + 1, 7 * n];
};

/** Whether a date is a calendar day with its month, so that a bare day beside it shares its month. */
const isDay = (spec: TimeSpec) => spec.type === 'calendar' && spec.month !== undefined && namesDay(spec) && !hasTimeOfDay(spec);
/** The same date on another day of its month; the weekday given beside it was the other day's. */
const onDay = (spec: TimeSpec, day: number): TimeSpec => {
  if (spec.type !== 'calendar') return spec;
  const { weekday: _weekday, ...rest } = spec;
  return { ...rest, day };
};
/** A day without its time of day: a span counts whole days ("from Monday morning until Tuesday afternoon"). */
const dayOf = (spec: TimeSpec): TimeSpec => {
  if (!('time' in spec) || spec.time === undefined) return spec;
  const { time: _time, ...rest } = spec;
  return rest as TimeSpec;
};
/** Whether a date with a time of day still names its day: "Monday morning", "10 December at dawn". */
const isTimedDay = (spec: TimeSpec) => namesDay(spec) && hasTimeOfDay(spec);
/** Whether two dates can be the ends of one range: days, weekdays or months, read as dates. */
const isEnd = (spec: TimeSpec) =>
  (spec.type === 'calendar' && (spec.month !== undefined || spec.year !== undefined) && spec.period === undefined && spec.time === undefined) ||
  (spec.type === 'weekday' && spec.time === undefined) ||
  (spec.type === 'relative' && spec.unit === 'day' && spec.from === undefined);

/**
 * Two whole months, the first before the second in one year: "in August and September 2022" is
 * the two months, one period, as "from August to September" is.
 */
const monthsInOrder = (a: TimeSpec, b: TimeSpec) =>
  a.type === 'calendar' && b.type === 'calendar' && a.month !== undefined && b.month !== undefined && a.day === undefined && b.day === undefined &&
  a.weekday === undefined && a.month < b.month && a.year === b.year && a.yearShift === b.yearShift;

/**
 * Finds the dates of a text that open a span of days, from its time expressions (`dates`, in text
 * order): two dates joined as a range ("from 8 to 10 December", "Feb. 4-7", "between Friday and
 * Sunday", "from July to September"), the whole of a period ("throughout July"), and weeks of a
 * month ("the second or third week of the month", a window). Each is returned as its start's
 * expression with an extent, over the words of the whole span; TimeML tags the ends apart, so
 * these are a view for the timeline only. Linear in the length of the text.
 * @example findDateRanges('Clashes from 8 to 10 December.', dates)[0].extent // { to: 'date', until: { type: 'calendar', month: 12, day: 10 } }
 */
export function findDateRanges(text: string, dates: readonly TimeExpression[]): RangeExpression[] {
  const ranges: RangeExpression[] = [];
  // Characters a range already covers, so that overlap is a lookup however many ranges there are.
  const covered = new Uint8Array(text.length + 1);
  const taken = (start: number, end: number) => covered.subarray(Math.max(0, start), Math.max(0, end)).includes(1);
  const push = (range: RangeExpression) => {
    ranges.push(range);
    covered.fill(1, range.start, range.end);
  };
  for (const [i, e] of dates.entries()) {
    const next = dates[i + 1];
    const before = text.slice(Math.max(0, e.start - 40), e.start);
    // Two days with their times of day, joined after "from" or "between": "from Monday morning
    // until Tuesday afternoon" is the days from one to the other, whatever the hours.
    if (next && (isTimedDay(e.spec) || isTimedDay(next.spec)) && isEnd(dayOf(e.spec)) && isEnd(dayOf(next.spec)) && e.spec.type === next.spec.type) {
      const between = text.slice(e.end, next.start);
      if (FROM.test(before) && (JOIN.test(between) || (JOIN_BETWEEN.test(between) && BETWEEN.test(before))) && !taken(e.start, next.end) && !MOVED.test(before)) {
        push({ ...e, end: next.end, text: text.slice(e.start, next.end), spec: dayOf(e.spec), rule: 'range', extent: { to: 'date', until: dayOf(next.spec) } });
        continue;
      }
    }
    // Two dates joined: "from Friday to Sunday", "between 8 December and 2 January".
    if (next && isEnd(e.spec) && isEnd(next.spec) && (e.spec.type === next.spec.type || next.spec.type === 'relative')) {
      const between = text.slice(e.end, next.start);
      const lead = FROM.exec(before);
      const joined =
        (JOIN.test(between) && (lead !== null || /[-–—]/.test(between) || e.spec.type === 'calendar')) ||
        (JOIN_BETWEEN.test(between) && (BETWEEN.test(before) || monthsInOrder(e.spec, next.spec)));
      if (joined && !taken(e.start, next.end) && !MOVED.test(before)) {
        push({ ...e, end: next.end, text: text.slice(e.start, next.end), rule: 'range', extent: { to: 'date', until: next.spec } });
        continue;
      }
    }
    if (isDay(e.spec) && e.spec.type === 'calendar') {
      // "8 to 10 December": the bare day takes the month and year of the day after it.
      const bare = /^\d/.test(e.text) ? DAY_BEFORE.exec(before) : null;
      if (bare && (bare.groups!.join!.toLowerCase() !== 'and' || bare.groups!.lead?.toLowerCase().startsWith('between'))) {
        const day = Number(bare.groups!.day);
        const at = e.start - bare[0].length + (bare.groups!.lead?.length ?? 0);
        if (day < e.spec.day! && !taken(at, e.end) && !MOVED.test(text.slice(Math.max(0, at - 40), at))) {
          push({ ...e, start: at, text: text.slice(at, e.end), spec: onDay(e.spec, day), rule: 'range', extent: { to: 'date', until: e.spec } });
          continue;
        }
      }
      // "Feb. 4-7": the bare day after shares the month of the day before it.
      const after = /\d$/.test(e.text) ? DAY_AFTER.exec(text.slice(e.end, e.end + 24)) : null;
      // A dash set off by spaces may end a dateline ("May 13 — 20 people died"): the day after it
      // ends a range only at a stop or before a year.
      const spaced = after && /^\s+[-–—]\s+$/.test(text.slice(e.end, e.end + after[0].indexOf(after.groups!.day!)));
      const stops = after && (after.groups!.year !== undefined || /^(?:st|nd|rd|th)?(?:[,.;:)]|$)/.test(text.slice(e.end + after[0].length)));
      if (after && (!spaced || stops) && (after.groups!.join!.toLowerCase() !== 'and' || BETWEEN.test(before))) {
        const day = Number(after.groups!.day);
        const year = after.groups!.year ? { year: Number(after.groups!.year) } : {};
        const end = e.end + after[0].length;
        if (day > e.spec.day! && !taken(e.start, end) && !MOVED.test(before)) {
          push({ ...e, end, text: text.slice(e.start, end), spec: { ...e.spec, ...year }, rule: 'range', extent: { to: 'date', until: { ...onDay(e.spec, day), ...year } } });
          continue;
        }
      }
    }
    // "throughout July", "throughout the week": all of it.
    const whole = THROUGHOUT.exec(before);
    if (whole && !isDay(e.spec) && e.spec.type !== 'weekday' && !taken(e.start, e.end)) {
      push({ ...e, extent: { to: 'whole' } });
    }
  }
  for (const m of text.matchAll(WEEK_OF)) {
    const g = m.groups!;
    const rel = g.rel?.toLowerCase();
    const spec: TimeSpec = g.month
      ? { type: 'calendar', month: MONTHS[g.month.toLowerCase()]!, ...(g.year ? { year: Number(g.year) } : {}) }
      : { type: 'relative', unit: 'month', shift: rel === 'next' ? 1 : rel === 'last' ? -1 : 0 };
    // "The second or third week": from the first week named to the last.
    const days: [number, number] = [WEEK_DAYS(g.first!)[0], WEEK_DAYS(g.second ?? g.first!)[1]];
    const start = m.index;
    const end = m.index + m[0].length;
    if (days[0] <= days[1] && !taken(start, end)) push({ start, end, text: m[0], spec, rule: 'week-of-month', extent: { to: 'whole', days, window: true } });
  }
  return ranges.sort((a, b) => a.start - b.start);
}
