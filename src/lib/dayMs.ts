/**
 * Milliseconds in a day of UTC, where every day is 24 hours long (no daylight saving). For
 * arithmetic on UTC instants only; calendar steps in a zone go through luxon.
 * @example Date.UTC(2025, 6, 25) - Date.UTC(2025, 6, 24) === DAY_MS // true
 */
export const DAY_MS = 86_400_000;
