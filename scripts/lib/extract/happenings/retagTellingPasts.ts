import type { Token } from './tagText.ts';

// Past forms of telling the tagger's model also knows as adjectives ("the alleged attack").
const TELLING_PASTS = new Map([
  ['alleged', 'allege'], ['claimed', 'claim'], ['asserted', 'assert'], ['insisted', 'insist'], ['maintained', 'maintain'],
  ['contended', 'contend'], ['stated', 'state'], ['reported', 'report'], ['confirmed', 'confirm'],
]);
// What may follow a verb of telling: "alleged that", "alleged on Saturday that", "alleged, without proof, that".
const AFTER = new Set(['SCONJ', 'ADP', 'PUNCT']);

/**
 * Tags as verbs the past forms of telling the tagger's model reads as adjectives right after their
 * subject: in "Borea alleged on Saturday that Arlandese troops had shelled the town" it reads
 * "alleged" as an adjective, so no one told the shelling and nobody's accusation was read. A form
 * before a noun ("the alleged attack", "Borea's claimed victory") describes it and stays.
 * Returns new tokens; the others are the same objects.
 * @example retagTellingPasts(tagText('Borea alleged that troops crossed.'))[1].pos // 'VERB'
 */
export function retagTellingPasts(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'ADJ' || !TELLING_PASTS.has(t.lower)) return t;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (!before || before.sentence !== t.sentence || !/^(?:NOUN|PROPN|PRON)$/.test(before.pos)) return t;
    if (!after || after.sentence !== t.sentence || !AFTER.has(after.pos) || after.text === '.') return t;
    return { ...t, pos: 'VERB', lemma: TELLING_PASTS.get(t.lower)! };
  });
}
