import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';

/** How old a report says its story is: "has now entered its third week" is the third week. */
export interface StoryAge {
  /** Which day, week or month of the story the report is written in, 1 the first. */
  nth: number;
  unit: 'day' | 'week' | 'month';
}

const ORDINALS: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

// "has now entered its third week", "is in its fourth day", "now into its second month": told of
// the present, not "in its third week, the siege had …" (a recap's age). A headline's present
// drops the possessive: "stand-off enters second week", "as siege enters its third day".
const AGE = /\b(?:(?:has\s+(?:now\s+)?entered|(?:is|are)\s+(?:now\s+)?(?:in|into)|now\s+(?:in|into))\s+(?:its|their)|(?:enters|entering)(?:\s+(?:its|their))?)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+(day|week|month)\b/i;

const COUNTS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

// "ending a nine-day stand-off at sea", "brings the five-day siege to an end": the news ends a story
// of that many days, so it is told on the last of them. Not "after a nine-day stand-off" (told
// afterwards, on a day it does not give) nor an end in the past perfect ("had ended").
const ENDED = new RegExp(
  String.raw`\b(?:ending|ends|bringing|brings)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){0,2}?(\d{1,2}|${Object.keys(COUNTS).join('|')})[-\s]day\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+(?:\s+(?:between|over|with|at|in)\b[^,.;]*?)?(?:\s+to\s+an?\s+end\b|[,.;]|$)`,
  'iu',
);

/**
 * The age a report gives its story in the present tense ("the stand-off, which has now entered its
 * third week"), or the length of the story its news ends ("ending a nine-day stand-off"): the report
 * was written that many days, weeks or months after the story began.
 * @example storyAge(analyseArticle(article('a.txt', 'The siege has now entered its third week.'), lexicon)) // { nth: 3, unit: 'week' }
 */
export function storyAge(analysis: ArticleAnalysis): StoryAge | undefined {
  for (const s of analysis.sentences) {
    const m = AGE.exec(s.span.text);
    if (m) return { nth: ORDINALS[m[1]!.toLowerCase()]!, unit: m[2]!.toLowerCase() as StoryAge['unit'] };
    const ended = ENDED.exec(s.span.text);
    if (ended && (!/^bring/i.test(ended[0]) || /\bto\s+an?\s+end\b/i.test(ended[0]))) return { nth: COUNTS[ended[1]!.toLowerCase()] ?? Number(ended[1]), unit: 'day' };
  }
  return undefined;
}
