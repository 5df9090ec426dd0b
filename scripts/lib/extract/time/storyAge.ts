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

/**
 * The age a report gives its story in the present tense ("the stand-off, which has now entered its
 * third week"): the report was written that many days, weeks or months after the story began.
 * @example storyAge(analyseArticle(article('a.txt', 'The siege has now entered its third week.'), lexicon)) // { nth: 3, unit: 'week' }
 */
export function storyAge(analysis: ArticleAnalysis): StoryAge | undefined {
  for (const s of analysis.sentences) {
    const m = AGE.exec(s.span.text);
    if (m) return { nth: ORDINALS[m[1]!.toLowerCase()]!, unit: m[2]!.toLowerCase() as StoryAge['unit'] };
  }
  return undefined;
}
