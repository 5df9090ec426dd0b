import type { PhraseMatch } from './phraseMatcher.ts';

// Words that make a body's name another, narrower body's: a country's own "national security
// council", a "Supreme Security Council", a "state assembly".
const NARROWING = new Set(['national', 'supreme', 'federal', 'state', 'provincial', 'regional', 'local', 'interim', 'transitional', 'military']);

/**
 * Whether a body's alias ("Security Council") found in a text is only the tail of a longer name
 * of another body: the word right before it narrows it ("national", "Supreme") or is a country's
 * name or adjective ("Borean", "Borea's"). A name joined by a hyphen ("Arland-Borea") is a
 * shared body's and does not count.
 * @example isTailOfLongerName('the national security council met', { start: 13, … }, new Set(['borean'])) // true
 */
export function isTailOfLongerName(text: string, match: Pick<PhraseMatch<unknown>, 'start'>, countryWords: ReadonlySet<string>): boolean {
  const before = /(?:^|\s)([\p{L}’'.-]+)\s+$/u.exec(text.slice(Math.max(0, match.start - 40), match.start))?.[1];
  if (!before) return false;
  const word = before.replace(/['’]s?$/u, '').toLowerCase();
  return NARROWING.has(word) || countryWords.has(word);
}
