import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';

/** The day of publication a report names by its own calendar date: "today (6 February)". */
export interface NamedToday {
  /** The date as written, without its year. */
  month: number;
  day: number;
  /** Days from the date written to the day of publication: 0 for "today", 1 for "yesterday", -1 for "tomorrow". */
  toPublication: number;
  /** Offset of the date in the article body. */
  start: number;
}

// Only brackets or a comma between the relative day and its date: "today (6 February)",
// "yesterday, 5 February,". Anything longer is a second date, not the first one's name.
const BETWEEN = /^\s*(?:\(|,)\s*$/;

/**
 * The first "today", "yesterday" or "tomorrow" that a report follows with its calendar date, as
 * many South and South-East Asian outlets write ("today (19 April)", "yesterday (5 February)"):
 * the report appeared on that day, or the day after or before it.
 * @example findNamedToday(analysis) // { month: 2, day: 6, toPublication: 0, start: 57 }
 */
export function findNamedToday(analysis: ArticleAnalysis): NamedToday | undefined {
  const body = analysis.article.body;
  for (const s of analysis.sentences) {
    for (const [i, time] of s.times.entries()) {
      const next = s.times[i + 1];
      const { spec } = time;
      if (!next || spec.type !== 'relative' || spec.unit !== 'day' || spec.from !== undefined || spec.part !== undefined || Math.abs(spec.shift) > 1) continue;
      const date = next.spec;
      if (date.type !== 'calendar' || date.year !== undefined || date.month === undefined || date.day === undefined) continue;
      const between = body.slice(s.span.start + time.start + time.text.length, s.span.start + next.start);
      if (BETWEEN.test(between)) return { month: date.month, day: date.day, toPublication: spec.shift === 0 ? 0 : -spec.shift, start: s.span.start + next.start };
    }
  }
  return undefined;
}
