import type { Token } from './tagText.ts';

/** Whether a word of a lexicon class lies in a run of tokens (findHappenings' `occurs`). */
type Occurs = (value: string, run: { start: number; end: number }, startsAt: boolean) => boolean;

// Verbs that name something by a judgement: "called the downing an act of aggression".
const NAMING = new Set(['call', 'brand', 'label', 'term', 'describe']);
// Verbs of condemning whose object a speaker names in passing: "condemned what it called Borea's aggression".
const CONDEMNING = new Set(['condemn', 'denounce', 'decry', 'deplore']);
// Words that end what a naming verb judges: "called his officials to a meeting", "the canal, which".
const ENDS_JUDGEMENT = new Set(['to', 'which', 'what', 'that', 'who', 'and', 'but', 'while', 'after', 'before', 'when', 'because']);
// "what it called", "what the ministry called": a speaker's naming inside another's words.
const WHAT = new Set(['what', 'which']);
const MAX_JUDGEMENT = 16;
const MANNER = 8;

/**
 * Whether a saying judges what it names by a word of blame (the lexicon's `blame` class), which
 * charges the doer of the judged act with a hostile one: "called the downing an act of
 * aggression", "described the killing as murder", "condemned what it called Borea's aggression".
 * Judging another side's act so is accusing it, where "called the vote absurd" only finds fault.
 * This is the one ruling on a calling that charges (the lexicon's `call` entry only reads the
 * judgement as a statement, and leaves the charge to this):
 * - A condemnation that names its object by such a judgement ("condemned what it called Borea's
 *   aggression") charges as the calling would; one that names no side ("condemned what it called
 *   a cowardly attack") is a statement, as is a condemnation by name alone.
 * - A side must be named in what is judged: as the doer ("the Borean manoeuvre", "an act of
 *   aggression by Borea") or as the land or people struck ("the shelling of Arlandese villages"),
 *   either of which sets the act between the sides. The speaker alone names no one charged:
 *   "Arland called the shelling an act of aggression" leaves whose act it was unsaid. (Counting
 *   the speaker, or any side the sentence names, as the side charged finds one development key
 *   more with two events more, one of them wrong: precision falls.)
 * Not a naming in passing, inside another act ("halt what it called Borean aggression", "the
 * decision, which it called a violation"), nor one that opens a sentence as the reason of the
 * act it frames ("Calling the blasts a provocation, the army restarted its loudspeakers"), nor
 * "called the officials to a meeting to discuss what it called a provocation".
 * @example judgedAsBlame(tokens, 1, 2, 0, 11, occurs) // true for "Arland called the raid an act of aggression by Borea." (11 tokens)
 */
export function judgedAsBlame(tokens: readonly Token[], start: number, end: number, sentenceStart: number, sentenceEnd: number, occurs: Occurs): boolean {
  const verb = tokens[start]!;
  if (start === sentenceStart && /ing$/i.test(verb.text)) return false;
  let from = end;
  if (CONDEMNING.has(verb.lemma)) {
    // Only "condemned what it called …": condemning an act by name alone is condemning, not blame by a judgement.
    // "condemned in the strongest terms what it called …": a few words of manner may come first.
    let what = end;
    while (what < sentenceEnd && what - end < MANNER && !WHAT.has(tokens[what]!.lower) && tokens[what]!.pos !== 'PUNCT') what++;
    if (!WHAT.has(tokens[what]?.lower ?? '')) return false;
    const named = [what + 2, what + 3, what + 4].find((i) => i < sentenceEnd && tokens[i]!.lemma === 'call');
    if (named === undefined) return false;
    from = named + 1;
  } else {
    if (!NAMING.has(verb.lemma)) return false;
    if (WHAT.has(tokens[start - 2]?.lower ?? '') || WHAT.has(tokens[start - 3]?.lower ?? '')) return false;
  }
  let to = from;
  while (to < sentenceEnd && to - from < MAX_JUDGEMENT && tokens[to]!.pos !== 'PUNCT' && !(to > from && ENDS_JUDGEMENT.has(tokens[to]!.lower))) to++;
  // A party named in what is judged, doer or land struck, sets the act between the sides; with
  // none, whose act is charged is left unsaid.
  return to > from && occurs('blame', { start: from, end: to }, false) && occurs('party', { start: end, end: to }, false);
}
