import { OBJECT_OPENERS } from './objectOpeners.ts';
import type { Token } from './tagText.ts';

// The particles of English phrasal verbs that take an object: "shot down", "blew up", "drove out".
const PARTICLES = new Set(['down', 'up', 'out', 'off', 'back', 'away']);
// What may open the object after the particle.
const OBJECT: ReadonlySet<string> = OBJECT_OPENERS;
// What before a word makes it a noun phrase's head ("the shot down the line", "a long shot").
const NOUN_BEFORE = new Set(['DET', 'ADJ', 'NUM']);

/**
 * Tags as verbs the past forms of phrasal verbs that the tagger's model takes for nouns: in "the
 * army shot down a drone" it reads "shot" as a noun, so the clause seems to have no verb and the
 * downing no object. A past form (irregular, as `pastForms` lists, or ending in "-ed") followed by
 * a particle and an object, or after an auxiliary ("had shot down"), is a verb; one after a
 * determiner or an adjective stays a noun. Returns new tokens; the others are the same objects.
 * @example retagPhrasalVerbs(tagText('Troops shot down two jets.'), new Map([['shot', 'shoot']]))[1].pos // 'VERB'
 */
export function retagPhrasalVerbs(tokens: readonly Token[], pastForms: ReadonlyMap<string, string>): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'NOUN' || !(pastForms.has(t.lower) || /^\p{L}{3,}ed$/u.test(t.lower))) return t;
    const particle = tokens[i + 1];
    if (!particle || particle.sentence !== t.sentence || !PARTICLES.has(particle.lower)) return t;
    const before = tokens[i - 1];
    if (before && before.sentence === t.sentence && NOUN_BEFORE.has(before.pos)) return t;
    const after = tokens[i + 2];
    const objectFollows = after !== undefined && after.sentence === t.sentence && OBJECT.has(after.pos);
    if (!objectFollows && before?.pos !== 'AUX') return t;
    return { ...t, pos: 'VERB', lemma: pastForms.get(t.lower) ?? t.lemma };
  });
}
