/**
 * Words that open a clause set at the same time as the one it joins: "When Borean troops crossed
 * the line, Arland summoned the envoy", "the ministers met as both navies held drills". Such a
 * clause is the main one's setting, not its news, and shares its day.
 * @example SETTING_OPENERS.has('while') // true
 */
export const SETTING_OPENERS: ReadonlySet<string> = new Set(['when', 'as', 'while', 'whilst', 'once']);
