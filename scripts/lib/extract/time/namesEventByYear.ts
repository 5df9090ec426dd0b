/** A determiner or possessive before the year: "a", "the", "its", "Borea's". */
const BEFORE = /(?:\b(?:a|an|the|its|their|his|her|our)|['’]s)\s+$/i;
/** A word after the year that it qualifies: a noun, not a clause's next word ("the 2011 was", "in 2011, when"). */
const AFTER = /^\s+(?!(?:and|or|to|when|as|after|before|that|which|was|were|is|are|had|has)\b)[A-Za-z][\w-]*/;

/**
 * Whether a year stands as the modifier of a noun, between a determiner and its noun ("a 1990
 * coup", "the 2011 uprising", "Arland's 2005 treaty"): it names an event of history by its year,
 * which a report recalls however long ago it was, so it says nothing of how recent the report is.
 * @example namesEventByYear('since a 1990 coup', { start: 8, end: 12 }) // true
 */
export function namesEventByYear(text: string, at: { start: number; end: number }): boolean {
  return BEFORE.test(text.slice(Math.max(0, at.start - 12), at.start)) && AFTER.test(text.slice(at.end, at.end + 30));
}
