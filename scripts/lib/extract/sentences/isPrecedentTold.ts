/** A sentence that says something has happened before, with no day: "Velmora has brokered such returns before." */
const HAPPENED_BEFORE = /\b(?:has|have|had)\b[^.;:!?]*\bbefore\s*[.!]\s*$/i;
/** "…the day before.", "two weeks before.": a day counted back, not an earlier occasion. */
const COUNTED_BEFORE = /\b(?:day|days|night|nights|week|weeks|month|months|year|years|hour|hours|minutes?|moments?|shortly|just|long|soon|even|once|twice|times?|the)\s+before\s*[.!]\s*$/i;
/** "It is not the first time.", "This was not the first such incident." */
const NOT_FIRST = /\b(?:(?:is|was|are|were|'s|’s)\s+not|isn['’]t|wasn['’]t)\s+the\s+first\b[^.;:!?]*[.!]\s*$/i;

/**
 * Whether a sentence says, with no date of its own, that what the news tells has happened before
 * ("Arland has mediated between them before.", "It is not the first time."): the sentence after it
 * in its paragraph tells that earlier occasion, a precedent, not news.
 * @example isPrecedentTold('Velmora has brokered such returns before.') // true
 */
export const isPrecedentTold = (sentence: string): boolean =>
  (HAPPENED_BEFORE.test(sentence) && !COUNTED_BEFORE.test(sentence)) || NOT_FIRST.test(sentence);
