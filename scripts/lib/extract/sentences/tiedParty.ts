import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { nameIn } from './speakerOf.ts';

// "militias tied to the army of B", "a group linked to B", "rebels, backed by B,", "armed groups
// and militias tied to B": a group named by whom it belongs to.
const TIED = /^\s*(?:(?:and|or)\s+(?:[\p{L}-]+\s+){1,2}?)?,?\s*(?:(?:closely|reportedly|allegedly|widely\s+seen\s+as)\s+)?(?:tied|linked|backed|aligned|allied|loyal|affiliated|attached)\s+(?:to|by|with)\s+/iu;
/** Characters the words naming the party may run to. */
const REACH = 50;

/**
 * The party a group that the gazetteer does not know is tied to, by the words right after it:
 * "gunmen tied to the Borean army" → Borea. Undefined when no such words follow, or they name no
 * party.
 * @example tiedParty('an attack by gunmen tied to the Borean army', { start: 13, end: 19 }, lexicon) // 'Borea'
 */
export function tiedParty(text: string, span: { end: number }, lexicon: CompiledLexicon): string | undefined {
  const tie = TIED.exec(text.slice(span.end, span.end + REACH));
  if (!tie) return undefined;
  const words = /^[^,.;:!?"“”]*/.exec(text.slice(span.end + tie[0].length, span.end + tie[0].length + REACH))![0];
  return nameIn(words, lexicon, false);
}
