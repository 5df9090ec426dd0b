import type { Token } from './tagText.ts';

/**
 * Tags as part of a name the dash that joins two names with no space ("the Halvane–Velmora
 * crossing", "the Arland-Borea road"): the tagger splits such a pair at the dash and marks the
 * dash as punctuation, so the noun phrase ends at the first name and the act loses what it was
 * done to ("shut the Halvane–Velmora crossing" closes nothing). A dash with a space on either
 * side ("Arland – the capital") still separates. Returns new tokens; the others are the same objects.
 * @example retagNameDashes(tagText('They shut the Halvane–Velmora crossing.'))[4].pos // 'PROPN'
 */
export function retagNameDashes(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'PUNCT' || !/^[-–]$/.test(t.text)) return t;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.pos !== 'PROPN' || after?.pos !== 'PROPN' || before.end !== t.start || t.end !== after.start) return t;
    return { ...t, pos: 'PROPN' };
  });
}
