import type { Token } from './tagText.ts';

// What opens an object after a verb: "shells Borean villages", "frees 22 prisoners", "bombs the depot".
const OBJECT = new Set(['DET', 'NUM', 'ADJ', 'PROPN']);
// What may stand before a sentence's opening name: nothing, or a live blog's stamp and its dash.
const OPENING = new Set(['PUNCT', 'NUM', 'SYM']);

/**
 * A noun and then a plural that ends the phrase, "oil exports", "sand exports", "fruit imports":
 * an object too, after a name and an "-s" word ("Arland halts oil exports to Borea"), where no noun
 * phrase runs a name into a plural, a noun and a plural that ends it.
 */
function nounThenPlural(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at];
  const plural = tokens[at + 1];
  if (noun?.pos !== 'NOUN' || plural?.pos !== 'NOUN' || plural.sentence !== noun.sentence) return false;
  // What follows ends the object ("to Borea", a comma, a headline's end), not a verb it is the
  // subject of ("Arland troops border patrols were doubled"), nor a sentence's full stop, after which
  // "Arland soldiers guard posts." is as likely.
  const after = tokens[at + 2];
  return /s$/.test(plural.lower) && plural.lemma !== plural.lower && (!after || after.sentence !== plural.sentence || after.pos === 'ADP' || after.text === ',');
}

/**
 * Tags as verbs the third-person presents the tagger's model takes for plural nouns right after a
 * name that opens the sentence: in a headline-like lede or a live blog's entry ("Arland shells
 * Borean villages", "14:05 — Borea frees 22 prisoners") it reads "shells" and "frees" as nouns,
 * so no verb reports the act. A name, then an "-s" word whose dictionary form differs, then the
 * start of an object, is subject, verb and object: no noun phrase runs a proper noun into a plural
 * and straight on into a determiner or a number. Returns new tokens; the others are the same objects.
 * @example retagNamedSubjectVerbs(tagText('Arland shells Borean villages.'))[1].pos // 'VERB'
 */
export function retagNamedSubjectVerbs(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.pos !== 'NOUN' || !/^\p{Ll}{3,}s$/u.test(t.text) || t.lemma === t.lower || /ss$/.test(t.lower)) return t;
    const next = tokens[i + 1];
    if (!next || next.sentence !== t.sentence || !(OBJECT.has(next.pos) || nounThenPlural(tokens, i + 1))) return t;
    // The name before it opens the sentence, or follows only a stamp ("14:05 — Arland …") or a
    // headline's topic and its colon ("Pipeline dispute: Arland halts …").
    let j = i - 1;
    while (j >= 0 && tokens[j]!.pos === 'PROPN' && tokens[j]!.sentence === t.sentence) j--;
    if (j === i - 1) return t;
    for (let k = j; k >= 0 && tokens[k]!.sentence === t.sentence && tokens[k]!.text !== ':'; k--) if (!OPENING.has(tokens[k]!.pos)) return t;
    return { ...t, pos: 'VERB' };
  });
}
