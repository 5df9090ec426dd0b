import { DateTime } from 'luxon';

/** A night a sentence tells of without naming its day ("shelled the villages overnight"). */
const OVERNIGHT = /\bovernight\b/i;

/** Whether a clause tells of a night without naming its day. */
export const tellsOfNight = (clause: string): boolean => OVERNIGHT.test(clause);

/**
 * The one day an overnight happening is dated on: the day the night runs into. ACLED codes every
 * event on a single `event_date`, the day it took place, and disaggregates what differs in time
 * (ACLED Codebook, "Event Time"; knowledge base, "How are events disaggregated"), so a night is one
 * day, never a window of two: a window overlaps the happenings of both days and merges with either.
 * The hours after midnight are the day the night runs into, which is also the day a report written
 * the morning after gives. So a night told of on a day (the day of publication, "said on Friday
 * that … overnight") is that day, and a night that follows the day a story has reached ("met on
 * Monday; shelling went on overnight") is the day after it. A night named by its own day keeps it:
 * "Tuesday night" is Tuesday, as TimeML dates it, and "overnight into Wednesday" is Wednesday.
 * @example nightOf('2025-08-04', 'story') // '2025-08-05'
 */
export function nightOf(day: string, from: 'telling' | 'story'): string {
  const d = DateTime.fromISO(day, { zone: 'UTC' });
  if (!d.isValid || day.length !== 10) throw new TypeError(`expected an ISO day such as 2025-08-04, found ${JSON.stringify(day)}`);
  return from === 'telling' ? day : d.plus({ days: 1 }).toISODate()!;
}
