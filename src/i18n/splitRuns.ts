import { RUN_CLOSE, RUN_LANG_END, RUN_OPEN } from './markRun.ts';

/** Words in one language, within a text in another. */
export interface Run {
  text: string;
  /** BCP 47 tag, for the `lang` of the element that holds the run. */
  lang: string;
}

const RUN = new RegExp(`${RUN_OPEN}([^${RUN_LANG_END}]*)${RUN_LANG_END}([^${RUN_CLOSE}]*)${RUN_CLOSE}`, 'g');

/**
 * Takes the runs markRun fenced back out of a text written in `lang`: the plain text, and, when
 * some of it is in another language, the text as runs in order (neighbours in one language
 * joined, empty ones dropped).
 * @example splitRuns(`ความตกลง${markRun('KL Accord', 'en')}`, 'th')
 *   // { text: 'ความตกลงKL Accord', runs: [{ text: 'ความตกลง', lang: 'th' }, { text: 'KL Accord', lang: 'en' }] }
 */
export function splitRuns(marked: string, lang: string): { text: string; runs?: Run[] } {
  const runs: Run[] = [];
  const add = (text: string, runLang: string) => {
    const last = runs.at(-1);
    if (text === '') return;
    if (last?.lang === runLang) last.text += text;
    else runs.push({ text, lang: runLang });
  };
  let from = 0;
  for (const match of marked.matchAll(RUN)) {
    add(marked.slice(from, match.index), lang);
    add(match[2]!, match[1]!);
    from = match.index + match[0].length;
  }
  add(marked.slice(from), lang);
  const text = runs.map((r) => r.text).join('');
  return runs.some((r) => r.lang !== lang) ? { text, runs } : { text };
}
