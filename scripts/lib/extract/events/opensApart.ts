/**
 * Words that open a sentence on a happening of its own: "Separately, …", "In another incident, …",
 * "In a separate attack, …", "Elsewhere, …". What such a sentence tells (and the tolls it gives) is
 * not the round the article told before it, however near in kind and day.
 */
const APART = /^\s*(?:separately|elsewhere|in\s+(?:an(?:other)?|a\s+separate|a\s+second|one\s+more)\s+(?:separate\s+)?(?:incident|attack|clash|development|episode|strike|raid))\b/i;

/**
 * Whether a sentence opens as the telling of another happening than the one before it.
 * @example opensApart('Separately, Borean shells hit Halvane crossing on Friday.') // true
 */
export const opensApart = (sentence: string): boolean => APART.test(sentence);
