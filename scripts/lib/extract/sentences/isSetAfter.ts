// A clause of time that follows a happening's own and tells what came before it: "after war broke
// out", "long after the border closed", "following talks"; "since" too, which measures from it.
const SETTING_AFTER = /^[\s,]*(?:(?:ever|long|shortly|soon|just|only)\s+)?(?:after|since|following)\s/i;

/**
 * Whether a point of a sentence (a date) lies in a clause of time set right after a happening's
 * own clause, which ends at `clauseEnd`: "Arland sent troops in | after war broke out in the
 * north in November". Such a date is the setting's, and the happening came after it.
 * @example isSetAfter('Troops went in after war broke out in May.', 14, 39) // true
 */
export function isSetAfter(text: string, clauseEnd: number, at: number): boolean {
  return clauseEnd <= at && SETTING_AFTER.test(text.slice(clauseEnd, at));
}
