import type { Happening } from '../happenings/findHappenings.ts';

// A toll set after the noun of a claim that it is the content of: "the claim was of one man shot
// dead", "Arland's claim was three dead", "claims of twelve killed". Read up to the clause's end.
const CLAIM_OF = /\b(?:claims?|allegations?)\s+(?:(?:was|were|is|are)\s+(?:of\s+|that\s+)?|of\s+)[^,;:.!?]{0,60}$/i;

/**
 * Whether a toll is what a claim says: the claim names the killer as the side it accuses, so the
 * toll is the act the words read (an attack), not fighting of no known cause.
 * @example isClaimedToll('This time the claim was of one man shot dead.', shotDead) // true
 */
export function isClaimedToll(text: string, h: Happening): boolean {
  return h.casualty && CLAIM_OF.test(text.slice(Math.max(0, h.trigger.start - 120), h.trigger.start));
}
