import type { Kind } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { ARMED_KINDS } from '../happenings/violentKinds.ts';

/** Kinds of fire, which reports name by where it came from. */
const FIRE: ReadonlySet<Kind> = ARMED_KINDS;

// The fire's own words up to where it came from: "shells fired overnight from", "came under fire
// from inside", "mortar rounds from across the border in". Only a participle of sending and a word
// of time may stand between: "farmland from Ethiopian militias" or "a group from Nigeria" name
// no fire's origin.
const FROM =
  /^(?:\s+(?:was|were|had\s+been|have\s+been|has\s+been|being|been))?(?:\s+(?:fired|launched|lobbed|flown|sent|coming|that\s+came|which\s+came))?(?:\s+(?:overnight|again|earlier|today|yesterday|late|early|at\s+night|during\s+the\s+night))?\s+from\s+(?:inside\s+|within\s+|across\s+the\s+(?:border|frontier|line)\s+in\s+)?/i;
/** Words that end the place the fire came from: where it went, or the verb of what it did. */
const ORIGIN_END = /\s(?:into|onto|on|at|toward|towards|against|across|over|killed|killing|hit|hitting|struck|wounded|landed|fell|fall|falls|and|but)\b|[,;:.!?"“”()]/i;
/** Words at most that name the place fire came from: "the Qusayr countryside in Syria". */
const ORIGIN_WORDS = 6;

/**
 * The party whose ground fire (a strike or a clash) came from, by the words right after it: "shells fired from Borea",
 * "came under fire from inside Borea", "artillery fire from the Borean bases", "rockets fired
 * overnight from the hills of Sevrin province" → Borea. Cross-border fire is reported by where it
 * came from more often than by who fired it; the side it came from is its doer. Undefined when no
 * such words follow, or they name no party or place the gazetteer knows.
 * @example fireOrigin('Shells fired from Borea hit the village', { end: 6, value: 'strike' }, lexicon) // 'Borea'
 */
export function fireOrigin(text: string, trigger: { end: number; value: Kind }, lexicon: CompiledLexicon): string | undefined {
  const words = originWords(text, trigger)?.text;
  if (words === undefined) return undefined;
  const party = lexicon.actors(words)[0]?.value;
  if (party) return party.type === 'force' && party.country ? party.country : party.name;
  return lexicon.places(words)[0]?.value.country;
}

/**
 * The words naming where fire came from, right after the words of the fire, with their offsets:
 * "the hills of Sevrin province" in "Artillery fired overnight from the hills of Sevrin province
 * killed a child". Where fire came from is not where it fell: a place named there is no place of
 * the happening.
 * @example originWords('Shells fired from Borea hit the village', { end: 6, value: 'strike' })?.text // 'Borea'
 */
export function originWords(text: string, trigger: { end: number; value: Kind }): { start: number; end: number; text: string } | undefined {
  if (!FIRE.has(trigger.value)) return undefined;
  const from = FROM.exec(text.slice(trigger.end));
  if (!from) return undefined;
  const start = trigger.end + from[0].length;
  const rest = text.slice(start);
  const words = rest.slice(0, ORIGIN_END.exec(rest)?.index ?? rest.length).split(/\s+/).slice(0, ORIGIN_WORDS).join(' ').trim();
  return words ? { start, end: start + words.length, text: words } : undefined;
}
