import type { OtherLocale } from './locales.ts';

/** The letters of each edition's script: a glossary cell's words in that language are runs of them. */
const SCRIPT: Record<OtherLocale, RegExp> = { th: /[\u0E00-\u0E7F]+/g, km: /[\u1780-\u17FF]+/g };
/** The columns of the glossary's table that hold each language's terms; the last, Notes, holds both. */
const COLUMN: Record<OtherLocale, number> = { th: 1, km: 2 };
const NOTES = 3;

const segmenters = new Map<OtherLocale, Intl.Segmenter>();

/**
 * The glossary's terms in an edition's language that the word segmenter splits in two or more
 * (คำเรียกร้อง is คำ + เรียกร้อง to ICU, អ្នកស្លាប់ is អ្នក + ស្លាប់), longest first: a browser
 * breaking lines with the same dictionary may break inside them, and the page keeps them whole.
 * Terms are read from the table under "## Terms" (src/i18n/glossary.md): the language's column
 * and the Notes, each run of the script's letters one term.
 * @example glossaryCompounds('| appeal | คำเรียกร้อง | ការអំពាវនាវ | |', 'th') // ['คำเรียกร้อง']
 */
export function glossaryCompounds(markdown: string, locale: OtherLocale): string[] {
  let segmenter = segmenters.get(locale);
  if (!segmenter) segmenters.set(locale, (segmenter = new Intl.Segmenter(locale, { granularity: 'word' })));
  const terms = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    const cells = line.split('|').slice(1, -1);
    for (const cell of [cells[COLUMN[locale]], cells[NOTES]]) for (const [term] of cell?.matchAll(SCRIPT[locale]) ?? []) terms.add(term);
  }
  const split = (term: string) => [...segmenter.segment(term)].filter((s) => s.isWordLike).length > 1;
  return [...terms].filter(split).sort((a, b) => b.length - a.length || a.localeCompare(b));
}
