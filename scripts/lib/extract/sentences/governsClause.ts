// "agreed that", "agreed with Borea that", "decided on Monday that": a verb, up to a few words of
// its own, then "that" opening the clause it governs.
const OPENS_COMPLEMENT = /^\s+(?:[\p{L}’'-]+\s+){0,3}?that\s/iu;

/**
 * Whether the words after a verb open a that-clause it governs, so that what comes later in the
 * sentence is inside that clause: a date there dates the clause's happening, not the verb's
 * ("both sides agreed that the talks opened in May were the place to settle it": May is the talks').
 * @example governsClause(' that the talks opened in May') // true
 * @example governsClause(' the truce in May') // false
 */
export const governsClause = (after: string): boolean => OPENS_COMPLEMENT.test(after);
