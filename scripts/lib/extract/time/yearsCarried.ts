import type { TimeExpression } from './findTimeExpressions.ts';

/** Sentences after a month named with its year ("In January 1996") that a date of that month without one ("on January 30") still belongs to. */
export const CARRIED_SENTENCES = 3;

/**
 * The months an expression names with their year ("In January 1996", "on 26 January 1996"), as
 * month → year: a recap that names the month and year of an episode and then its days ("on
 * January 26", "on January 30") dates those days in that year, not in the year of publication.
 * @example namedMonthYears([january1996]).get(1) // 1996
 */
export function namedMonthYears(dates: readonly TimeExpression[]): Map<number, number> {
  const named = new Map<number, number>();
  // Only a year the words give: one carried from an earlier sentence is carried no further.
  for (const d of dates) if (d.spec.type === 'calendar' && d.spec.month !== undefined && d.spec.year !== undefined && /\b\d{4}\b/.test(d.text)) named.set(d.spec.month, d.spec.year);
  return named;
}

/**
 * The dates of a sentence, those of a month a recent sentence named with its year given that
 * year: "In January 1996 Arland claimed the islets. … Within a day, on January 30, the navy
 * landed" is 30 January 1996, whenever the report appeared. A date with a year, or one a mark of
 * years already places ("a year since … on August 8"), keeps its own.
 * @example yearsCarried([january30], new Map([[1, 1996]]))[0].spec.year // 1996
 */
export function yearsCarried(dates: readonly TimeExpression[], years: ReadonlyMap<number, number>): TimeExpression[] {
  if (years.size === 0) return [...dates];
  return dates.map((d) => {
    const spec = d.spec;
    if (spec.type !== 'calendar' || spec.month === undefined || spec.year !== undefined || spec.yearShift !== undefined) return d;
    const year = years.get(spec.month);
    return year === undefined ? d : { ...d, spec: { ...spec, year } };
  });
}
