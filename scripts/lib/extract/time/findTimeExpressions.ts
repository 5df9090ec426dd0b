import * as chrono from 'chrono-node';
import { parseCardinal } from '../sentences/parseCardinal.ts';

/** What a time expression says, before it is placed on the calendar. */
export type TimeSpec =
  /** A calendar date, possibly without its year or day: "December 24", "in July", "24 December 2025". */
  | { type: 'calendar'; year?: number; month?: number; day?: number }
  /** A day of the week, resolved against the publication date: "on Saturday", "last Monday". */
  | { type: 'weekday'; weekday: number; hint?: 'past' | 'future' }
  /** A period counted from the publication date: "earlier this week", "last month", "three days ago". */
  | { type: 'relative'; unit: 'day' | 'week' | 'month' | 'year'; shift: number; part?: 'earlier' | 'later' }
  /** A part of a month: "mid-December", "early July 2025". */
  | { type: 'month-part'; month: number; year?: number; part: 'early' | 'mid' | 'late' };

/** A time expression found in a text, by offsets into that text. */
export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  spec: TimeSpec;
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

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const NUMBER = "(\\d+|[a-z]+(?:-[a-z]+)?)";
const UNIT_DAYS: Record<string, { unit: Duration['unit']; factor: number }> = {
  minute: { unit: 'minutes', factor: 1 },
  hour: { unit: 'hours', factor: 1 },
  day: { unit: 'days', factor: 1 },
  week: { unit: 'days', factor: 7 },
};

// Durations first: "for four days" must not reach the date parser, which reads it as a date.
const DURATION_RULES: RegExp[] = [
  new RegExp(`\\b(?<n>${NUMBER})-(?<unit>minute|hour|day|week)(?:-long)?\\b`, 'gi'),
  new RegExp(`\\b(?:for|lasting|lasted|last|run for|over)\\s+(?<q>about\\s+|around\\s+|nearly\\s+|some\\s+)?(?<n>${NUMBER})\\s+(?<unit>minute|hour|day|week)s?\\b`, 'gi'),
  new RegExp(`\\b(?<n>${NUMBER})\\s+(?<unit>day|week)s?\\s+of\\s+(?:talks|fighting|negotiations|meetings|clashes)\\b`, 'gi'),
];
// Vague ages ("a months-old truce", "decades-old dispute") are neither dates nor figures.
const VAGUE_AGE = /\b(?:days|weeks|months|years|decades|centuries)-(?:old|long)\b/gi;

const RELATIVE_RULES: [RegExp, (m: RegExpExecArray) => TimeSpec][] = [
  [/\b(earlier|later)\s+(?:this|that)\s+(week|month|year)\b/gi, (m) => ({ type: 'relative', unit: unitOf(m[2]!), shift: 0, part: m[1]!.toLowerCase() as 'earlier' | 'later' })],
  [/\b(this|last|next|past)\s+(week|month|year)\b/gi, (m) => ({ type: 'relative', unit: unitOf(m[2]!), shift: ({ this: 0, last: -1, past: -1, next: 1 } as Record<string, number>)[m[1]!.toLowerCase()]! })],
  [/\b(yesterday|today|tomorrow|tonight)\b/gi, (m) => ({ type: 'relative', unit: 'day', shift: ({ yesterday: -1, today: 0, tonight: 0, tomorrow: 1 } as Record<string, number>)[m[1]!.toLowerCase()]! })],
  [new RegExp(`\\b${NUMBER}\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi'), (m) => ({ type: 'relative', unit: unitOf(m[2]!), shift: -(parseCardinal(m[1]!) ?? NaN) })],
  [new RegExp(`\\b(early|mid|late)[\\s-]+${MONTH}(?:\\s+(\\d{4}))?\\b`, 'gi'), (m) => ({ type: 'month-part', part: m[1]!.toLowerCase() as 'early' | 'mid' | 'late', month: MONTHS.indexOf(m[2]!.toLowerCase()) + 1, ...(m[3] ? { year: +m[3] } : {}) })],
  [/\b(?:in|since|during|throughout|until|by)\s+((?:19|20)\d{2})\b(?![-/]\d)/gi, (m) => ({ type: 'calendar', year: +m[1]! })],
];

function unitOf(word: string): 'day' | 'week' | 'month' | 'year' {
  return word.toLowerCase() as 'day' | 'week' | 'month' | 'year';
}

const REFERENCES = [new Date(Date.UTC(2001, 0, 1, 12)), new Date(Date.UTC(2010, 6, 15, 12))];

const mask = (text: string, start: number, end: number) => text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);

/**
 * Finds the dates and the durations a text mentions, by offsets into it, in reading order.
 * Durations are kept apart from dates; nothing is placed on the calendar yet.
 * @example findTimeExpressions('Talks began on December 24.').dates[0].spec // { type: 'calendar', month: 12, day: 24 }
 */
export function findTimeExpressions(text: string): { dates: TimeExpression[]; durations: Duration[] } {
  let rest = text;
  const durations: Duration[] = [];
  for (const rule of DURATION_RULES) {
    for (const m of rest.matchAll(rule)) {
      const n = parseCardinal(m.groups!.n!);
      const unit = UNIT_DAYS[m.groups!.unit!.toLowerCase()]!;
      if (n === undefined) continue;
      const numberAt = m.index + m[0].indexOf(m.groups!.n!, m.groups!.q ? m[0].indexOf(m.groups!.q) : 0);
      const textStart = m.groups!.q ? m.index + m[0].indexOf(m.groups!.q) : numberAt;
      durations.push({
        start: textStart,
        end: m.index + m[0].length,
        text: text.slice(textStart, m.index + m[0].length),
        value: n * unit.factor,
        unit: unit.unit,
        qualifier: m.groups!.q ? 'about' : 'exactly',
      });
      rest = mask(rest, m.index, m.index + m[0].length);
    }
  }
  for (const m of rest.matchAll(VAGUE_AGE)) rest = mask(rest, m.index, m.index + m[0].length);

  const dates: TimeExpression[] = [];
  for (const [rule, toSpec] of RELATIVE_RULES) {
    for (const m of rest.matchAll(rule)) {
      const spec = toSpec(m);
      if (spec.type === 'relative' && Number.isNaN(spec.shift)) continue;
      dates.push({ start: m.index, end: m.index + m[0].length, text: m[0], spec });
      rest = mask(rest, m.index, m.index + m[0].length);
    }
  }
  // chrono reads absolute dates and weekdays. Parsing against two reference dates tells what the
  // text itself states from what chrono computed relative to the reference ("a day earlier").
  const second = new Map(chrono.parse(rest, REFERENCES[1]).map((r) => [r.index, r]));
  for (const result of chrono.parse(rest, REFERENCES[0])) {
    const other = second.get(result.index);
    const component = (name: 'year' | 'month' | 'day' | 'weekday') => {
      if (!result.start.isCertain(name)) return undefined;
      const value = result.start.get(name) ?? undefined;
      return other?.start.isCertain(name) && other.start.get(name) === value ? value : undefined;
    };
    const known = { year: component('year'), month: component('month'), day: component('day'), weekday: component('weekday') };
    const textOf = result.text.replace(/[\s,.;:]+$/, '');
    let spec: TimeSpec | undefined;
    if (known.month !== undefined || known.year !== undefined) {
      spec = { type: 'calendar', ...(known.year !== undefined ? { year: known.year } : {}), ...(known.month !== undefined ? { month: known.month } : {}), ...(known.day !== undefined ? { day: known.day } : {}) };
    } else if (known.weekday !== undefined) {
      const hint = /^last\b/i.test(textOf) ? 'past' : /^(?:next|this coming)\b/i.test(textOf) ? 'future' : undefined;
      spec = { type: 'weekday', weekday: known.weekday === 0 ? 7 : known.weekday, ...(hint ? { hint } : {}) };
    }
    // A lone month name that is also an ordinary word ("may", "march") needs a capital.
    if (!spec || (spec.type === 'calendar' && known.day === undefined && known.year === undefined && /^(?:may|march)$/.test(textOf))) continue;
    dates.push({ start: result.index, end: result.index + textOf.length, text: textOf, spec });
  }
  dates.sort((a, b) => a.start - b.start);
  durations.sort((a, b) => a.start - b.start);
  return { dates, durations };
}
