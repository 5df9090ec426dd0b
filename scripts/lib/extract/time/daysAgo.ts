import type { ArticleAnalysis } from '../sentences/analyseArticle.ts';

/**
 * The whole days back from the report's own day that the text says something happened ("seized a
 * week ago", "three days ago"), two or more, each once: "yesterday" says nothing a weekday does not,
 * and weeks or months counted back ("six weeks ago") are no day.
 * @example daysAgo(analyseArticle(article('a.txt', 'The officer was seized a week ago.'), lexicon)) // [7]
 */
export function daysAgo(analysis: ArticleAnalysis): number[] {
  return [
    ...new Set(
      analysis.sentences.flatMap((s) =>
        s.dates.flatMap((t) => (t.spec.type === 'relative' && t.spec.unit === 'day' && t.spec.counted && t.spec.from === undefined && t.spec.shift <= -2 ? [-t.spec.shift] : [])),
      ),
    ),
  ];
}
