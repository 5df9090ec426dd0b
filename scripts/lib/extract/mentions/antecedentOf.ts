import type { At } from '../sentences/nearestByWords.ts';
import { wordDistance } from '../sentences/wordDistance.ts';

// A relative clause that opens after a comma: ", in which", ", during which", ", which".
const RELATIVE = /,\s+(?:(?:in|during|after|from)\s+)?which\b/gi;
/** Words at most between a happening's noun and the relative clause that is said of it. */
const NOUN_PHRASE_WORDS = 6;

/**
 * The happening a relative clause holding a figure is said of: the last one named before its
 * ", in which" or ", which", within the noun phrase it ends ("the attack at the Kelvask Pass on March 12,
 * in which 28 people were killed, and Arland's strikes": the 28 are the attack's, though the strikes
 * are nearer). A clause break (";") or a happening named inside the relative clause ends it.
 * @example antecedentOf('the raid on Monday, in which 3 died, and the strikes', { start: 31, end: 32 }, [raid, strikes]) // raid
 */
export function antecedentOf<T extends At>(text: string, figure: At, happenings: readonly T[]): T | undefined {
  const relative = [...text.slice(0, figure.start).matchAll(RELATIVE)].at(-1);
  if (!relative || /[;:]/.test(text.slice(relative.index, figure.start))) return undefined;
  if (happenings.some((h) => h.start >= relative.index && h.start < figure.start)) return undefined;
  const before = happenings.filter((h) => h.end <= relative.index).at(-1);
  return before && wordDistance(text, before, { start: relative.index, end: relative.index + 1 }) <= NOUN_PHRASE_WORDS ? before : undefined;
}
