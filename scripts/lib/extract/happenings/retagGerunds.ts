import type { Token } from './tagText.ts';

// What opens an object after a verb: "of shelling the village" keeps its verb.
const OBJECT = new Set(['DET', 'NUM', 'PRON', 'ADJ', 'NOUN', 'PROPN']);
// The particles and prepositions that make a verb phrase of a trigger: "of firing on", "of opening fire across".
const PARTICLES = new Set(['on', 'at', 'into', 'across', 'upon', 'down', 'up', 'out', 'off', 'back', 'over', 'away']);

/**
 * Tags as nouns the gerunds the tagger's model takes for verbs after "of": in "three months of
 * fighting with the rebels had ended" it reads "fighting" as a verb, so the clause's own verb
 * ("had ended") never governs it. An "-ing" word after a common noun and "of" ("weeks of
 * shelling", "the threat of fighting") with no object or particle after it names the activity;
 * one with an object ("accused them of shelling the village") stays a verb. Returns new tokens;
 * the others are the same objects.
 * @example retagGerunds(tagText('Months of fighting had ended.'))[2].pos // 'NOUN'
 */
export function retagGerunds(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'VERB' || !/^\p{L}{3,}ing$/u.test(t.lower)) return t;
    const of = tokens[i - 1];
    const head = tokens[i - 2];
    if (of?.lower !== 'of' || head?.pos !== 'NOUN' || head.sentence !== t.sentence || of.sentence !== t.sentence) return t;
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && (OBJECT.has(next.pos) || PARTICLES.has(next.lower))) return t;
    return { ...t, pos: 'NOUN' };
  });
}
