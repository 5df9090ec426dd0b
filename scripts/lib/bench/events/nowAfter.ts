import { DateTime } from 'luxon';

/**
 * "Today" for a run a given number of days after a conflict's last report, in the conflict's zone.
 * A maintainer extracts a timeline weeks or months after the reporting, not decades: a day or
 * month the text gives without its year is then read against a today near it, as it would be.
 */
export function nowAfter(published: readonly string[], days: number, zone: string): DateTime {
  if (published.length === 0) throw new Error('expected at least one publication day to count from');
  const last = published.reduce((a, b) => (b > a ? b : a));
  return DateTime.fromISO(last, { zone }).plus({ days });
}
