import { dayRange } from '../dayRange.ts';

/**
 * The whole months that the given dates cover, as UTC milliseconds `[start, end)` of calendar
 * days (see dayRange), so charts of one page share a time axis that starts and ends on a month.
 * @example monthDomain([{ date: '2025-07' }, { date: '2025-12-24' }]) // [Date.UTC(2025, 6, 1), Date.UTC(2026, 0, 1)]
 */
export function monthDomain(dates: readonly { date: string; endDate?: string | undefined }[]): [number, number] {
  if (dates.length === 0) throw new RangeError('expected at least one date');
  const ranges = dates.map((d) => dayRange(d.date, d.endDate));
  const first = new Date(Math.min(...ranges.map(([start]) => start)));
  const last = new Date(Math.max(...ranges.map(([, end]) => end)) - 1);
  return [Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1), Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 1)];
}
