/**
 * The subject pronouns, lower-cased. After a noun one opens a clause that describes it with no
 * "that" ("the soldiers it had held", "the town they took"), never a word of the noun's own phrase.
 * @example SUBJECT_PRONOUNS.has('they') // true
 */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);
