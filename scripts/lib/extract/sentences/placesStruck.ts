import type { Place } from '../../../../src/lib/eventSchema.ts';
import { VIOLENT_KINDS } from '../happenings/violentKinds.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import type { Trigger } from './triggersOf.ts';

// Between an act and the place that is its object: "shelled the village of", "attacked".
const OBJECT_PLACE = /^\s+(?:the\s+)?(?:(?:border\s+)?(?:village|town|city|district|province|outskirts|area|region|hamlet)s?\s+of\s+)?(?:the\s+)?$/i;

/**
 * The places acts of violence in a sentence are done to, as their objects: "Borean artillery
 * shelled Velmora", "gunmen attacked the Vel Amar temple". That is where it happened, though no
 * "in" or "at" names it so. Not for violence told as background, nor a place that owns what was
 * hit ("shelled Ondria's border posts"). One place an act at most, in the order of the acts.
 * @example placesStruck('Borean artillery shelled Velmora.', triggers, lexicon)[0].name // 'Velmora'
 */
export function placesStruck(text: string, triggers: readonly Trigger[], lexicon: CompiledLexicon): Place[] {
  return triggers.flatMap((t) => {
    if (!VIOLENT_KINDS.has(t.value) || t.happening.background) return [];
    const after = text.slice(t.end, Math.max(t.end, t.clause.end));
    const first = lexicon.places(after)[0];
    return first && OBJECT_PLACE.test(after.slice(0, first.start)) && !/^['’]s\b/.test(after.slice(first.end)) ? [first.value] : [];
  });
}
