// Private-use characters fence a run of words in another language inside a text being written
// from templates; renderTemplate's spacing rules leave them alone, and splitRuns takes them out.
export const RUN_OPEN = '\uE000';
export const RUN_LANG_END = '\uE001';
export const RUN_CLOSE = '\uE002';
const FENCES = /[\uE000-\uE002]/g;

/**
 * Marks `text` as written in `lang`, so that a template filled with it can still say which words
 * are in which language once written (see splitRuns): an English name in a Thai title. Fence
 * characters already in `text` (data could hold them) are dropped, so a run always closes.
 * @example splitRuns(`ความตกลง${markRun('Kuala Lumpur Accord', 'en')}`, 'th').runs
 *   // [{ text: 'ความตกลง', lang: 'th' }, { text: 'Kuala Lumpur Accord', lang: 'en' }]
 */
export const markRun = (text: string, lang: string): string =>
  `${RUN_OPEN}${lang.replace(FENCES, '')}${RUN_LANG_END}${text.replace(FENCES, '')}${RUN_CLOSE}`;
