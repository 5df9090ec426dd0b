// Nouns whose "that …" says what they are: "Borea's claim that jets bombed a school".
const CONTENT_NOUN = /\b(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|assertions?|statements?)$/i;

/**
 * Whether words end on a noun whose "that" clause says what it is: such a clause is its content,
 * "that" and all, where after a verb "that" only opens what was said. complementOf words the
 * clause so, and tidySaying keeps it so.
 * @example endsOnContentNoun("rejects Borea's claim") // true
 */
export function endsOnContentNoun(words: string): boolean {
  return CONTENT_NOUN.test(words);
}
