/** A phrase found in a text, with the value the phrase list gives it. */
export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

// Letters, digits and word-joining marks may not touch a match on either side.
const BEFORE = "(?<![\\p{L}\\p{N}])";
const AFTER = "(?![\\p{L}\\p{N}])";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Acronyms such as "US" or "U.S." are matched as written; everything else ignoring case. */
const isAcronym = (s: string) => /^[\p{Lu}.\s]+$/u.test(s) && /\p{Lu}.*\p{Lu}/u.test(s);
const key = (s: string, exact: boolean) => {
  const folded = s.replace(/\s+/g, ' ').replace(/[’']/g, "'");
  return exact ? folded : folded.toLowerCase();
};

/**
 * Builds a function that finds every listed phrase in a text, longest first, never overlapping.
 * Spaces in a phrase match any run of whitespace; apostrophes match straight or curly ones.
 * @example phraseMatcher([['peace deal', 'ceasefire']])('A peace  deal.') // [{ start: 2, end: 13, … value: 'ceasefire' }]
 */
export function phraseMatcher<T>(entries: Iterable<readonly [phrase: string, value: T]>): (text: string) => PhraseMatch<T>[] {
  const exact = new Map<string, T>();
  const loose = new Map<string, T>();
  for (const [phrase, value] of entries) {
    const acronym = isAcronym(phrase);
    const map = acronym ? exact : loose;
    const k = key(phrase.trim(), acronym);
    if (!map.has(k)) map.set(k, value);
  }
  const pattern = (phrases: Iterable<string>) =>
    [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => p.split(' ').map(escape).join('\\s+').replace(/'/g, "['’]"))
      .join('|');
  const alternatives = [
    exact.size > 0 ? `(?<exact>${pattern(exact.keys())})` : '',
    loose.size > 0 ? `(?i:${pattern(loose.keys())})` : '',
  ].filter(Boolean);
  if (alternatives.length === 0) return () => [];
  const regex = new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'gu');

  return (text) => {
    const found: PhraseMatch<T>[] = [];
    for (const m of text.matchAll(regex)) {
      const isExact = m.groups?.exact !== undefined;
      const value = (isExact ? exact : loose).get(key(m[0], isExact));
      if (value !== undefined) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value });
    }
    return found;
  };
}
