/**
 * The index of the clause a character of its sentence lies in, or -1 when none holds it.
 * @example clauseAt([{ start: 0, end: 10 }, { start: 10, end: 30 }], 12) // 1
 */
export const clauseAt = (clauses: readonly { start: number; end: number }[], at: number): number => clauses.findIndex((c) => at >= c.start && at < c.end);
