import type { TimeExpression } from './findTimeExpressions.ts';

/**
 * "a year since", "two years since", "the third anniversary of": how many years a report marks. An
 * age told of the day itself ("the raid is three years old today", "the war began a year ago today") marks one as
 * "since" does; an age alone ("a man 45 years old") marks nothing.
 */
const YEARS_SINCE = /\b(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|\d{1,2})\s+years?\s+(?:since\b|(?:old|ago)\s+today\b)|\b(?<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|thirtieth|fortieth|fiftieth|\d{1,2}(?:st|nd|rd|th))\s+anniversary\s+of\b/i;
const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50,
};

/**
 * The years a sentence says have passed since a day it marks ("Arland held a vigil, a year since the
 * shelling of August 8"), and where those words end, if it says so.
 * @example yearsSince('marked a year since the war began') // { years: 1, end: 19 }
 */
export function yearsSince(text: string): { years: number; end: number } | undefined {
  const m = YEARS_SINCE.exec(text);
  const word = (m?.groups?.n ?? m?.groups?.ord)?.toLowerCase();
  if (!m || !word) return undefined;
  const n = COUNT_WORDS[word] ?? Number.parseInt(word, 10);
  return Number.isFinite(n) && n > 0 ? { years: n, end: m.index + m[0].length } : undefined;
}

/**
 * The dates of a sentence, the one a mark of years points to placed that many years before the
 * report's: "a year since the hostilities began on August 8", said in August 2009, is 8 August
 * 2008, though "August 8" alone would be that year's. A date with its year keeps it.
 * @example yearsMarked('a year since the war began on August 8', dates)[0].spec.yearShift // -1
 */
export function yearsMarked(text: string, dates: readonly TimeExpression[]): TimeExpression[] {
  const since = yearsSince(text);
  if (!since) return [...dates];
  const marked = dates.filter((d) => d.start >= since.end).sort((a, b) => a.start - b.start)[0];
  return dates.map((d) =>
    d === marked && d.spec.type === 'calendar' && d.spec.month !== undefined && d.spec.year === undefined && d.spec.yearShift === undefined
      ? { ...d, spec: { ...d.spec, yearShift: -since.years } }
      : d,
  );
}
