import { hasTimeOfDay, namesDay } from './namesDay.ts';
import { TIME_RULES } from './timeGrammar.ts';
import type { Extent, TimeSpec } from './timeSpec.ts';

export type { ClockTime, Extent, Period, PeriodPart, TimeSpec } from './timeSpec.ts';

/** A time expression found in a text, by offsets into that text; its extent follows TimeML (no "on", "in" or "for"). */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  spec: TimeSpec;
  /** The grammar rule that read it, for reports. */
  rule: string;
  /** The span of days it opens, for a date that names no one day: "from 8 to 10 December". */
  extent?: Extent;
  /** A day named from one the text named before ("that day", "the day before"), as `daysReferred` placed it. */
  referred?: true;
}

/** A length of time that is not a date: "three-day meeting", "for four days". */
export interface Duration {
  start: number;
  end: number;
  /** The words that give the length, e.g. "three-day" or "four days". */
  text: string;
  value: number;
  unit: 'days' | 'hours' | 'minutes';
  qualifier: 'exactly' | 'about';
}

// The extractor counts lengths in these units; longer ones are no figure of a happening.
const FIGURE_UNITS: Partial<Record<string, { unit: Duration['unit']; factor: number }>> = {
  minute: { unit: 'minutes', factor: 1 },
  hour: { unit: 'hours', factor: 1 },
  day: { unit: 'days', factor: 1 },
  week: { unit: 'days', factor: 7 },
  fortnight: { unit: 'days', factor: 14 },
};
const CONTEXT = 40;
/** Each rule's place in the table: of two readings of one length, the rule listed first wins. */
const RULE_ORDER = new Map(TIME_RULES.map((r, i) => [r.name, i]));

/** A day a time of day can attach to: "10 p.m. Wednesday", "5 p.m. EST, Nov. 6". */
const takesTime = (spec: TimeSpec) => namesDay(spec) && !hasTimeOfDay(spec);
const isClock = (spec: TimeSpec) => spec.type === 'calendar' && spec.time !== undefined && spec.month === undefined && spec.year === undefined;

/**
 * Finds every time expression a text holds — dates, times, durations, recurrences and general
 * references ("now", "recently") — by the table of rules in `timeGrammar.ts`, the longest reading
 * winning where two overlap, and the `durations` among them the extractor reports as figures. The
 * timeline's view of them as dates and spans is `findDates`, a pass of its own. Linear in the
 * length of the text.
 * @example findTimeExpressions('Talks opened on March 3.').all[0].spec // { type: 'calendar', month: 3, day: 3 }
 */
export function findTimeExpressions(text: string): { all: TimeExpression[]; durations: Duration[] } {
  const candidates: TimeExpression[] = [];
  TIME_RULES.forEach((rule) => {
    if (!rule.needs.test(text)) return;
    for (const m of text.matchAll(rule.pattern)) {
      const extent = m.indices?.groups?.x ?? [m.index, m.index + m[0].length];
      const [start, end] = extent;
      // The words around are cut only for the rules that read them: most never do.
      const spec = rule.build(m.groups ?? {}, {
        get before() {
          return text.slice(Math.max(0, start - CONTEXT), start);
        },
        get after() {
          return text.slice(end, end + CONTEXT);
        },
        matched: m[0],
      });
      if (spec) candidates.push({ start, end, text: text.slice(start, end), spec, rule: rule.name });
    }
  });
  // Longest first, then the rule listed first; an expression keeps its place if nothing longer overlaps it.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || RULE_ORDER.get(a.rule)! - RULE_ORDER.get(b.rule)! || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const chosen: TimeExpression[] = [];
  for (const c of candidates) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  chosen.sort((a, b) => a.start - b.start);

  const all: TimeExpression[] = [];
  for (const expression of chosen) {
    const previous = all.at(-1);
    if (previous && isClock(previous.spec) && takesTime(expression.spec) && /^\s*,?\s*(?:on\s+)?$/.test(text.slice(previous.end, expression.start))) {
      const time = (previous.spec as { time: object }).time;
      all[all.length - 1] = { ...expression, start: previous.start, text: text.slice(previous.start, expression.end), spec: { ...expression.spec, time } as TimeSpec };
      continue;
    }
    all.push(expression);
  }

  // An adjective of time keeps its article outside: "the [third-quarter] results", "the [two-week] offensive".
  for (const [i, e] of all.entries()) {
    const article = /^the\s+(?=[\p{L}\d]+-[\p{L}]+$)/iu.exec(e.text);
    if (article && (e.spec.type === 'duration' || e.spec.type === 'calendar')) all[i] = { ...e, start: e.start + article[0].length, text: e.text.slice(article[0].length) };
  }

  const durations: Duration[] = all.flatMap((e) => {
    if (e.spec.type !== 'duration' || e.spec.amount === undefined) return [];
    const unit = FIGURE_UNITS[e.spec.unit];
    return unit ? [{ start: e.start, end: e.end, text: e.text, value: e.spec.amount * unit.factor, unit: unit.unit, qualifier: e.spec.qualifier }] : [];
  });
  return { all, durations };
}
