import { DAY_MS } from './dayMs.ts';
import { PARTIAL_DATE_PATTERN } from './partialDate.ts';

/**
 * The instants a reported date covers, as UTC milliseconds `[start, end)`: a day covers one day,
 * a month the whole month; `endDate` extends the range to the end of its own period.
 * Plain UTC arithmetic, so the browser's time zone cannot shift a day.
 * @example dayRange('2025-07') // [Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1)]
 */
export function dayRange(date: string, endDate?: string): [number, number] {
  const bounds = (d: string): [number, number] => {
    const m = PARTIAL_DATE_PATTERN.exec(d);
    if (!m) throw new TypeError(`not a partial date: ${d}`);
    const year = Number(m[1]);
    if (!m[2]) return [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)];
    const month = Number(m[2]) - 1;
    if (!m[3]) return [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)];
    const start = Date.UTC(year, month, Number(m[3]));
    return [start, start + DAY_MS];
  };
  const [start, end] = bounds(date);
  return [start, endDate ? Math.max(end, bounds(endDate)[1]) : end];
}
