import { OBJECT_OPENERS } from './objectOpeners.ts';
import type { Token } from './tagText.ts';

// What opens an object after a verb: "of shelling the village" keeps its verb.
const OBJECT: ReadonlySet<string> = OBJECT_OPENERS;
// The particles and prepositions that make a verb phrase of a trigger: "of firing on", "of opening fire across".
const PARTICLES = new Set(['on', 'at', 'into', 'across', 'upon', 'down', 'up', 'out', 'off', 'back', 'over', 'away']);

/**
 * Tags as nouns the gerunds the tagger's model takes for verbs after "of": in "three months of
 * fighting with the rebels had ended" it reads "fighting" as a verb, so the clause's own verb
 * ("had ended") never governs it. An "-ing" word after a common noun and "of" ("weeks of
 * shelling", "the threat of fighting") with no object or particle after it names the activity;
 * one with an object ("accused them of shelling the village") stays a verb. So does one that closes
 * a name after its article ("closed the Halvane crossing", "the Velmora meeting on Monday"): a
 * determiner and a proper noun open a noun phrase, whose last word is its head. Returns new
 * tokens; the others are the same objects.
 * @example retagGerunds(tagText('Months of fighting had ended.'))[2].pos // 'NOUN'
 */
export function retagGerunds(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'VERB' || !/^\p{L}{3,}ing$/u.test(t.lower)) return t;
    const next = tokens[i + 1];
    const along = next !== undefined && next.sentence === t.sentence;
    if (along && OBJECT.has(next.pos)) return t;
    // A name's head takes a preposition as any noun does: "the Halvane crossing on Tuesday".
    if (namedHead(tokens, i)) return { ...t, pos: 'NOUN' };
    return ofActivity(tokens, i) && !(along && PARTICLES.has(next.lower)) ? { ...t, pos: 'NOUN' } : t;
  });
}

/** "weeks of shelling": an "-ing" word after a common noun and "of". */
function ofActivity(tokens: readonly Token[], i: number): boolean {
  const of = tokens[i - 1];
  const head = tokens[i - 2];
  return of?.lower === 'of' && head?.pos === 'NOUN' && head.sentence === tokens[i]!.sentence && of.sentence === tokens[i]!.sentence;
}

/** "the Halvane crossing": an "-ing" word after a determiner and one or more proper nouns. */
function namedHead(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'PROPN' && tokens[j]!.sentence === tokens[i]!.sentence) j--;
  return j < i - 1 && j >= 0 && tokens[j]!.pos === 'DET' && tokens[j]!.sentence === tokens[i]!.sentence;
}
