import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';

/** How long a report's opening says its story lasted, ended by the news: "ending a 13-day stand-off" is 13 days. */
export interface StoryLength {
  count: number;
  unit: 'day' | 'week' | 'month';
}

const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

// "a 13-day stand-off", "the three-week siege", "a tense 10-day standoff": a length joined to a
// story that goes on until something ends it. A war or a dispute is left out: "the 12-day war" is
// as often recalled long after it ended.
const LENGTH = new RegExp(
  String.raw`\b(${Object.keys(COUNTS).join('|')}|\d{1,3})-(day|week|month)(?:-long|-old)?\s+(?:[a-z]+\s+)?(?:stand-?off|siege|crisis|ordeal|captivity|detention|stalemate|blockade|closure|shutdown)\b`,
  'i',
);

// The news ends it: "bringing the stand-off to an end", "ending a siege", "lifted the siege", "after a 13-day ordeal".
const ENDED = /\b(?:to\s+an\s+end|end(?:s|ed|ing)?|lift(?:s|ed|ing)?|over|after|concludes?|concluded|concluding)\b/i;

/** The headline and the lede, where a report frames its own news. */
const OPENING = 3;

/**
 * The length the opening gives the story its news ends ("sent the crews home, ending a 13-day
 * stand-off"): the report was written on its last day, that long from its first.
 * @example storyLength(analyseArticle(article('a.txt', 'Arland freed the crew, ending a 13-day stand-off.'), lexicon)) // { count: 13, unit: 'day' }
 */
export function storyLength(analysis: ArticleAnalysis): StoryLength | undefined {
  for (const s of analysis.sentences.slice(0, OPENING)) {
    const m = LENGTH.exec(s.span.text);
    if (m && ENDED.test(s.span.text)) return { count: COUNTS[m[1]!.toLowerCase()] ?? Number(m[1]), unit: m[2]!.toLowerCase() as StoryLength['unit'] };
  }
  return undefined;
}
