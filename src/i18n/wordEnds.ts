import { LOCALE_INFO, type Locale } from './locales.ts';

const segmenters = new Map<Locale, Intl.Segmenter>();

/**
 * Where a title may be cut between words, as offsets after each word but the last: Thai and
 * Khmer write no spaces between words, so the build finds them with `Intl.Segmenter` (Node's
 * ICU has both languages' dictionaries; the reader's browser may not) and the timeline shortens
 * a label only there. Empty for a title with no break inside it. No end falls inside one of
 * `whole` (the glossary's compounds, which the segmenter splits: คำ + เรียกร้อง).
 * @example wordEnds('การปะทะที่ตราด', 'th') // [3, 7, 10]
 */
export function wordEnds(text: string, locale: Locale, whole: readonly string[] = []): number[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(LOCALE_INFO[locale].intl, { granularity: 'word' })));
  const ends: number[] = [];
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) ends.push(index + segment.length);
  }
  const inside: [number, number][] = [];
  for (const word of whole) for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) inside.push([at, at + word.length]);
  return ends.filter((end) => end < text.trimEnd().length && !inside.some(([from, to]) => end > from && end < to));
}
