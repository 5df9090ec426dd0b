/**
 * A relative pronoun just before a verb in the simple past, maybe after an adverb: "who captured",
 * "which swiftly seized". "That" is as often a determiner ("that truce"), and "who had fled" sets a
 * scene of the story rather than naming anyone.
 */
const NAMING_CLAUSE = /\b(?:who|which)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * Whether the words just before a verb open a relative clause that names its antecedent by what
 * it did ("the rebels who captured the city have declared a truce"): a happening told to say who
 * someone is, known from before, not the sentence's news.
 * @example isNamingClause('The rebels who ') // true
 */
export const isNamingClause = (before: string): boolean => NAMING_CLAUSE.test(before.slice(-24));
