import { SPEECH_KINDS } from './speechKinds.ts';
import type { Trigger } from './triggersOf.ts';

/** A present participle opening a saying: "citing", "charging that", "accusing". */
const PARTICIPLE = /^\p{L}+ing\b/iu;
/** A comma just before it: the participle is set off after what it hangs on. */
const SET_OFF = /,\s*$/;
/** A frame that announces an act leaves it the act of its doer: "the steps were announced when Arland cut its links". */
const ANNOUNCED = /^announc/i;

/**
 * Whether a saying is the reason its sentence's subject gives for its own act, told in the same
 * breath as a participle set off after that act: "Arland closed the Halvane crossing, citing
 * Borean troop moves", "Ondria suspended flights to Velmora, charging that it harboured the raiders".
 * The act is the happening, coded once with its stated reason; the words are no saying of their
 * own. An act the sentence only tells on someone's word ("said Borea shelled the post, adding
 * that …") is no act of the subject's: the participle goes on with that telling, and stays.
 * @example givenAsReason(text, citing, triggers) // true
 */
export function givenAsReason(text: string, t: Trigger, triggers: readonly Trigger[]): boolean {
  if (!SPEECH_KINDS.has(t.value) || !PARTICIPLE.test(t.text) || !SET_OFF.test(text.slice(0, t.start))) return false;
  // The act told last before the comma: the one the participle hangs on.
  const before = triggers.filter((o) => o !== t && o.end <= t.start).sort((a, b) => b.end - a.end)[0];
  if (!before || SPEECH_KINDS.has(before.value) || before.happening.background || before.happening.negated) return false;
  if (before.happening.told?.by !== undefined && !ANNOUNCED.test(before.happening.told.frame.text)) return false;
  return !/[.;:]/.test(text.slice(before.end, t.start));
}
