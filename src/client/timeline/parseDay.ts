/**
 * A day written YYYY-MM-DD as UTC milliseconds at its midnight, or undefined when it is not a day
 * of the calendar (2025-02-30, 2025-13-01). Plain UTC arithmetic, so the browser needs no date library.
 * @example parseDay('2024-02-29') // Date.UTC(2024, 1, 29); parseDay('2025-02-29') // undefined
 */
export function parseDay(text: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const ms = Date.UTC(year, month, day);
  const date = new Date(ms);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month && date.getUTCDate() === day ? ms : undefined;
}

/**
 * The day of a UTC instant, YYYY-MM-DD.
 * @example dayOf(Date.UTC(2025, 11, 7, 13)) // '2025-12-07'
 */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
