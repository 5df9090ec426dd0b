import { findOffsets } from './findOffsets.ts';

/** A report appears within a week of its news: a longer count sets it after older background. */
const WEEK = 6;

/**
 * How many days after something older a lede sets its news ("a day after troops moved into the
 * zone", "two days after the talks"), when it counts whole days within a week; undefined otherwise.
 * @example ledeDaysAfter('Fighters struck the wall, a day after troops moved in.') // 1
 */
export function ledeDaysAfter(lede: string): number | undefined {
  const days = findOffsets(lede)
    .map((o) => o.days)
    .filter((d) => d >= 1 && d <= WEEK);
  return days.length > 0 ? Math.max(...days) : undefined;
}
