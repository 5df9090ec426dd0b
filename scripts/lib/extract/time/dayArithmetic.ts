import { DAY_MS } from '../../../../src/lib/dayMs.ts';

/**
 * The day `days` after a `YYYY-MM-DD` day (before it when negative), as a `YYYY-MM-DD` day. Plain
 * UTC arithmetic on calendar days: a day of the timeline has no hours to shift.
 * @example daysAfter('2024-02-29', 1) // '2024-03-01'
 */
export const daysAfter = (day: string, days: number): string => new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Whole days from one `YYYY-MM-DD` day to another: negative when `to` comes first.
 * @example daysBetween('2024-02-28', '2024-03-01') // 2
 */
export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
