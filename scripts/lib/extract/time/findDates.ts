import { findDateRanges } from './findDateRanges.ts';
import type { TimeExpression } from './findTimeExpressions.ts';
import type { TimeSpec } from './timeSpec.ts';

/** True when the extractor can place the expression on the calendar from the publication day alone. */
function isDate(spec: TimeSpec): boolean {
  switch (spec.type) {
    case 'calendar':
      return (spec.month !== undefined || spec.year !== undefined || spec.period !== undefined || spec.yearShift !== undefined) && spec.period?.kind !== 'decade' && spec.period?.kind !== 'century';
    case 'weekday':
      return true;
    case 'relative':
      return spec.from === undefined && spec.unit !== 'decade' && spec.unit !== 'century';
    default:
      return false;
  }
}

/**
 * The timeline's view of a text's time expressions (`all`, from `findTimeExpressions`, in text
 * order): the dates it can place on the calendar from the publication day, a range of them read as
 * one date that opens a span (`findDateRanges`). A second pass, apart from finding the expressions:
 * TimeML tags a range's ends apart, and datelines need no ranges. Linear in the length of the text.
 * @example findDates('Troops fought from Friday to Sunday.', findTimeExpressions(text).all)[0].extent // { to: 'date', until: { type: 'weekday', weekday: 7 } }
 */
export function findDates(text: string, all: readonly TimeExpression[]): TimeExpression[] {
  const days = all.filter((e) => isDate(e.spec));
  const ranges = findDateRanges(text, days);
  if (ranges.length === 0) return days;
  const inRange = new Uint8Array(text.length + 1);
  for (const r of ranges) inRange.fill(1, r.start, r.end);
  return [...ranges, ...days.filter((d) => !inRange.subarray(d.start, d.end).includes(1))].sort((a, b) => a.start - b.start);
}
