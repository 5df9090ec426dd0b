import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';
import { isHeading } from '../sentences/isHeading.ts';
import { bareWeekday } from './bareWeekday.ts';
import { tenseAround } from './tenseAround.ts';

/** "until Tuesday", "by Friday": the end of a span or a deadline, no day a report looks back on. */
const UNTIL = /\b(?:until|till|by)\s+$/i;

/**
 * The weekdays an article names bare of the past ("clashed on Tuesday"; not "last Tuesday", "the
 * previous Tuesday", "Tuesday week"), each once, Monday 1: the days of the week before the report
 * that say which day it was written. A weekday a sentence tells in the past that dates no happening
 * of ours ("Ondria was tense on Sunday") counts too; a headline's does not, nor one a span ends on ("had wanted four days, until Tuesday").
 * @example pastWeekdays(analyseArticle(article('a.txt', 'Borea shelled the pass on Tuesday.'), lexicon)) // [2]
 */
export function pastWeekdays(analysis: ArticleAnalysis): number[] {
  return [
    ...new Set([
      ...analysis.sentences.flatMap((s) => s.anchors.flatMap((a) => (a.tense === 'past' ? (bareWeekday(a.time.spec) ?? []) : []))),
      ...analysis.sentences.flatMap((s) =>
        s.anchors.length > 0 || isHeading(s.span.text)
          ? []
          : s.dates.flatMap((t) => (tenseAround(s.span.text, t) === 'past' && !UNTIL.test(s.span.text.slice(0, t.start)) ? (bareWeekday(t.spec) ?? []) : [])),
      ),
    ]),
  ];
}
