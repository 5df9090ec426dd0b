import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { brokeItsWord } from './brokeItsWord.ts';
import type { Token } from '../happenings/tagText.ts';
import { tokenKeys } from '../happenings/tokenKeys.ts';
import type { Trigger } from './triggersOf.ts';

// Verbs that say what something was, or that it was done: "was", "amounted to", "staged".
// Read by the word, not the tagger's lemma, which makes "staged" a "stag".
const JUDGING = /^(?:is|are|was|were|be|been|being|amount(?:s|ed|ing)?|constitut(?:e|es|ed|ing)|represent(?:s|ed|ing)?|stag(?:e|es|ed|ing)|commit(?:s|ted|ting)?|perpetrat(?:e|es|ed|ing))$/;
// Words a judging verb may stand before its word of blame: "was a flagrant and deliberate violation".
const JUDGED_REACH = 5;

/**
 * A saying whose words judge what they speak of by a word of blame (the lexicon's `blame` class:
 * "aggression", "a flagrant violation", "an act of war") is an accusation, not a plain statement:
 * "Arland's foreign ministry said the seizure of the crossing was an occupation of its land and a
 * flagrant violation of the accord". Only the words said, after the verb and before a semicolon;
 * the speaker's own words before it ("Borea's violation of the truce, Arland said") are read as
 * the happening they name. A saying that tells a happening as news is that happening (sayingsOf),
 * so what is judged here is named as known or no happening at all.
 * Words that tell another side broke its word, an accord or one's sovereignty are a charge too
 * ("said Borea had broken its commitments on the islands": brokeItsWord).
 * @example blameSaid(text, tokens, saying, lexicon).value // 'accusation'
 */
export function blameSaid(text: string, tokens: readonly Token[], saying: Trigger, lexicon: CompiledLexicon): Trigger {
  const rules = lexicon.happenings;
  if (saying.value !== 'statement' || saying.happening.rule !== 'saying' || !rules.types.has('accusation')) return saying;
  const semicolon = text.indexOf(';', saying.end);
  const end = semicolon >= 0 ? semicolon : text.length;
  const from = tokens.findIndex((t) => t.start >= saying.end);
  if (from < 0) return saying;
  const to = tokens.findIndex((t) => t.start >= end);
  const words = tokens.slice(from, to < 0 ? tokens.length : to);
  // The judgement is what the words predicate of their subject ("was an occupation", "amounted to
  // aggression") or what they say was done ("had staged provocations"); a word of blame elsewhere
  // in them ("would withdraw if B ended its aggression") judges nothing the speaker tells.
  const predicated = (at: number) => words.slice(Math.max(0, at - JUDGED_REACH), at).some((t) => JUDGING.test(t.lower));
  const blamed = rules.findClasses.all(words, tokenKeys(words, rules.irregular)).some((m) => m.values.includes('blame') && predicated(m.start));
  if (!blamed && !brokeItsWord(text.slice(saying.end, end), saying, lexicon)) return saying;
  // Still a saying ('saying'): worded by the words said, and a telling as every saying is.
  const happening = { ...saying.happening, type: 'accusation', kind: 'accusation' as const };
  return { ...saying, value: 'accusation', type: 'accusation', happening };
}
