import { escapeRegExp } from '../../../../src/lib/escapeRegExp.ts';

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
/** Texts whose phrases each finder keeps: enough for the steps that read one sentence. */
const RECENT_TEXTS = 256;

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
      .map((p) => p.split(' ').map(escapeRegExp).join('\\s+').replace(/'/g, "['’]"))
      .join('|');
  // Two expressions, not one with a `(?i:…)` group: inside Vitest's long-lived test workers V8
  // was seen to answer such a pattern differently after many runs (phrases it had matched went
  // unmatched), while the `i` flag on a whole expression is old, well-trodden ground.
  const regexOf = (phrases: Iterable<string>, flags: string) => new RegExp(`${BEFORE}(?:${pattern(phrases)})${AFTER}`, flags);
  const finders = [
    ...(exact.size > 0 ? [{ regex: regexOf(exact.keys(), 'gu'), map: exact, isExact: true }] : []),
    ...(loose.size > 0 ? [{ regex: regexOf(loose.keys(), 'giu'), map: loose, isExact: false }] : []),
  ];
  if (finders.length === 0) return () => [];

  // The phrases of the texts asked of last, kept: the reading asks again of the same text (a
  // sentence, a name, a quote) from step after step, a third of all asking on the development set.
  // A copy of each match is handed out, so that a caller may keep or change its own.
  const recent = new Map<string, PhraseMatch<T>[]>();
  return (text) => {
    let found = recent.get(text);
    if (!found) {
      found = matchesIn(text);
      if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
      recent.set(text, found);
    }
    return found.map((m) => ({ ...m }));
  };

  function matchesIn(text: string): PhraseMatch<T>[] {
    const candidates: (PhraseMatch<T> & { isExact: boolean })[] = [];
    for (const { regex, map, isExact } of finders) {
      for (const m of text.matchAll(regex)) {
        const value = map.get(key(m[0], isExact));
        if (value !== undefined) candidates.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, isExact });
      }
    }
    // Leftmost first; at one start the longer, so a name holding a shorter one wins ("UN Security
    // Council" over "UN"); at one length an acronym as written before a word in any case.
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || Number(b.isExact) - Number(a.isExact));
    const found: PhraseMatch<T>[] = [];
    let end = 0;
    for (const { isExact: _, ...match } of candidates) {
      if (match.start < end) continue;
      found.push(match);
      end = match.end;
    }
    return found;
  }
}
