// "is two years old today", "broke out a year ago today": an age told right before the date.
const AGE_BEFORE = /\b(?:years?|months?)\s+(?:old\s+|ago\s+)(?:on\s+)?$/i;
// "the anniversary of the air strike", "the second anniversary of the clashes": what is so named is the earlier happening.
const ANNIVERSARY_OF = /\banniversary\s+of\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+)?(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * Whether a date of a sentence is the day an earlier happening's age is told on, not that
 * happening's own day: "The Sevrin air strike is two years old today", "marked the anniversary of
 * the Sevrin raid on Tuesday". The raid lies years before; the date is of the telling or the marking.
 * Offsets are into `text`.
 * @example isAnniversaryDate('The raid is two years old today.', { start: 4 }, { start: 26 }) // true
 */
export function isAnniversaryDate(text: string, happening: { start: number }, date: { start: number }): boolean {
  return AGE_BEFORE.test(text.slice(0, date.start)) || ANNIVERSARY_OF.test(text.slice(0, happening.start));
}
