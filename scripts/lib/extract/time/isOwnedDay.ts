/** A day named as a noun's ("Thursday's attack"), which dates that noun, not a verb. */
const POSSESSIVE_DAY = /^['’]s\b/;

/**
 * Whether the date that ends at `end` is owned by the noun after it ("Thursday's attack"). Reads
 * only the three characters after it, so that a long text is not copied for every date.
 * @example isOwnedDay("blamed for Friday's attack", 17) // true
 */
export function isOwnedDay(text: string, end: number): boolean {
  return POSSESSIVE_DAY.test(text.slice(end, end + 3));
}
