import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';

/** How long after something the report's opening says its news came: "three months after" is 3 months. */
export interface ElapsedAfter {
  count: number;
  unit: 'week' | 'month';
}

const COUNTS: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

// "four months after shelling shut it", "two weeks after the talks": a count of weeks or
// months, then "after". Days are left out: "two days after the talks" counts from a happening the
// report may date itself, not from the background its recalled date tells.
const ELAPSED = new RegExp(String.raw`\b(${Object.keys(COUNTS).join('|')}|\d{1,2})\s+(week|month)s?\s+after\b`, 'i');

// "It is more than a week since Borea opened the crossing", "it has been two months since": told in
// the present, the count is the report's own age wherever it stands, not a recap's. A count that
// falls short ("nearly three weeks") is left out: it says less than the count.
const SINCE = new RegExp(
  String.raw`\b(?:it\s+is|it's|it\s+has\s+(?:now\s+)?been)\s+(?:(?:more\s+than|over)\s+)?(${Object.keys(COUNTS).join('|')}|\d{1,2})\s+(week|month)s?\s+since\b`,
  'i',
);

/** The opening sentences: the headline and the lede, where a report frames its own news. */
const OPENING = 3;

/**
 * How long after an earlier happening the report's opening sets its news ("Arland has reopened the
 * Halvane crossing, four months after shelling shut it"): read only where the report frames its news, not
 * in the recap below it; or how long the report says, in the present, it has been since
 * ("It is more than a week since Borea opened its border"), wherever it says so.
 * @example elapsedAfter(analyseArticle(article('a.txt', 'Arland reopened the crossing three months after Borea closed it.'), lexicon)) // { count: 3, unit: 'month' }
 */
export function elapsedAfter(analysis: ArticleAnalysis): ElapsedAfter | undefined {
  const read = (count: string, unit: string): ElapsedAfter => ({ count: COUNTS[count.toLowerCase()] ?? Number(count), unit: unit.toLowerCase() as ElapsedAfter['unit'] });
  for (const s of analysis.sentences.slice(0, OPENING)) {
    const m = ELAPSED.exec(s.span.text);
    if (m) return read(m[1]!, m[2]!);
  }
  for (const s of analysis.sentences) {
    const m = SINCE.exec(s.span.text);
    if (m) return read(m[1]!, m[2]!);
  }
  return undefined;
}
