import glossary from './glossary.md?raw';
import { glossaryCompounds } from './glossaryCompounds.ts';
import type { Locale } from './locales.ts';

/**
 * Each edition's glossary terms that the word segmenter splits (see glossaryCompounds), found
 * once per build: the pages keep them on one line, and a title is never shortened inside one.
 * English breaks at spaces, and needs none.
 */
export const GLOSSARY_WORDS: Readonly<Record<Locale, readonly string[]>> = {
  en: [],
  th: glossaryCompounds(glossary, 'th'),
  km: glossaryCompounds(glossary, 'km'),
};
