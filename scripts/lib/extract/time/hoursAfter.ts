// "told reporters on Wednesday, hours after the patrol fired": what the sentence names next
// happened the weekday's own day. A count of days ("a day after") the time grammar reads as a
// date of its own; hours it leaves, as they name no other day.
const HOURS_AFTER = /\b(?:(?:only|just|a\s+few|some|several)\s+)?hours\s+after\b/gi;

/**
 * Where the words "hours after", from `from` on, end: what follows them happened the same day as
 * what a weekday before them dates; undefined when the sentence has no such words there.
 * @example hoursAfter('Borea protested on Friday, hours after the raid.', 25) // 38
 */
export function hoursAfter(text: string, from: number): number | undefined {
  HOURS_AFTER.lastIndex = from;
  const m = HOURS_AFTER.exec(text);
  return m ? m.index + m[0].length : undefined;
}
