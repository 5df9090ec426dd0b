// Words a title cannot end on: a thought cut short ("says the army would", "accuses Borea of").
const FUNCTION_WORD = /^(?:the|a|an|its|their|his|her|our|my|your|of|to|in|on|at|for|with|from|by|into|across|against|near|and|or|but|that|which|who|whose|this|these|those|was|were|is|are|be|been|had|has|have|would|will|could|should|might|may|must|can|did|does|do|not|than|if|until|unless|because|as)$/i;
// A verb in its base form, as words cut out of "proposed that both sides withdraw" leave it right
// after the speaker's verb ("proposes withdraw"). A short list of the verbs such clauses carry,
// not a tagger: a title that fails here is surely broken, one that passes is not proved whole.
const BASE_VERB = /^(?:withdraw|return|hold|stop|end|respect|protect|cease|halt|pull|resume|accept|allow|open|close|release|free|leave|respond|attack|cross|enter|send|take|give|make|go|come|keep|meet|talk|negotiate|agree|sign|abide|refrain|exercise|show|avoid|resolve|settle|de-escalate)$/i;
// A speaker's verb in a title, in the headline present ("accuses", "calls on", "urge" for several).
const SAYING_VERB = /^(?:says|say|accuses|accuse|denies|deny|rejects|reject|proposes|propose|calls|call|urges|urge|warns|warn|demands|demand|asks|ask|offers|offer|announces|announce|condemns|condemn|blames|blame)$/i;

/**
 * Whether a title of something said reads as a clean sentence: no doubled word ("Borea Borea"),
 * no function word at its end, and no bare verb right after the speaker's verb ("proposes
 * withdraw", "warns crossed": a past form there is as broken). The speaker is given so that their
 * own name's words are not read as the verb.
 * @example isCleanTitle('Arland proposes withdraw their troops', 'Arland') // false
 */
export function isCleanTitle(title: string, speaker: string): boolean {
  const words = title.trim().split(/\s+/);
  if (words.length === 0 || words[0] === '') return false;
  if (FUNCTION_WORD.test(words.at(-1)!.replace(/[.,;:!?]+$/, ''))) return false;
  if (words.some((w, i) => i > 0 && w.toLowerCase() === words[i - 1]!.toLowerCase())) return false;
  const rest = title.startsWith(speaker) ? title.slice(speaker.length).trim().split(/\s+/) : words;
  const verbAt = rest.findIndex((w) => SAYING_VERB.test(w));
  if (verbAt < 0) return true;
  // "calls on Arland": the particle belongs to the verb.
  const next = rest[verbAt + 1] === 'on' || rest[verbAt + 1] === 'for' ? rest[verbAt + 2] : rest[verbAt + 1];
  const after = rest[rest.indexOf(next ?? '', verbAt + 1) + 1];
  // "warns crossed the border", "demands freed": a past form before an article or the end, where
  // "says armed men …" has its noun after it.
  const past = next !== undefined && /^\p{Ll}+ed$/u.test(next) && (after === undefined || /^(?:the|a|an|its|their)$/i.test(after));
  if (next !== undefined && (BASE_VERB.test(next) || past)) return false;
  // "rejects Borea's claim Borea", "charges Algeria with Algeria": a name said twice after the verb.
  const names = rest.slice(verbAt + 1).filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w)).map((w) => w.replace(/['’]s$/, ''));
  return new Set(names).size === names.length;
}
