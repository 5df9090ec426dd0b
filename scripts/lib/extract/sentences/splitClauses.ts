import type { Span } from './splitSentences.ts';

// A clause ends at a semicolon, colon or dash, or at a comma followed by a word that opens a
// new clause ("…, with tensions rising", "…, killing dozens"). A comma inside a list
// ("France, Qatar and Egypt") does not end one.
const OPENERS = [
  'with', 'while', 'where', 'which', 'who', 'when', 'as', 'after', 'before', 'following', 'including',
  'provided', 'but', 'amid', 'despite', 'although', 'though', 'whereas', 'because', 'since', 'until', 'saying',
  'according',
];
const BOUNDARY = new RegExp(`\\s*(?:[;:]|\\s[—–]\\s|,(?=\\s+(?:${OPENERS.join('|')}|\\p{L}+ing)\\b))\\s*`, 'giu');

/**
 * Splits a sentence into clauses; offsets stay those of the sentence's own coordinate space.
 * @example splitClauses({ start: 0, end: 20, text: 'They met, with aides' }).map((c) => c.text) // ['They met', 'with aides']
 */
export function splitClauses(sentence: Span): Span[] {
  const clauses: Span[] = [];
  let from = 0;
  const push = (to: number) => {
    const raw = sentence.text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text) clauses.push({ start: sentence.start + from + lead, end: sentence.start + from + lead + text.length, text });
  };
  for (const m of sentence.text.matchAll(BOUNDARY)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  push(sentence.text.length);
  return clauses;
}
