/** What may stand before a date that opens its clause: a conjunction, a preposition ("and on Tuesday", "but late on Monday"). */
const FRONTED = /^\W*(?:(?:and|but|then|while|yet)\s+){0,2}(?:(?:late|early)\s+)?(?:on|in|at|by)?\s*$/i;

/**
 * Whether a date opens its clause ("…, and on Tuesday Borea recalled its envoy"): such a date
 * scopes over what follows it, not over the clauses before.
 * @example opensClause('It rained, and on Tuesday troops left.', 9, 19) // true
 */
export function opensClause(text: string, clauseStart: number, timeStart: number): boolean {
  return clauseStart <= timeStart && FRONTED.test(text.slice(clauseStart, timeStart));
}
