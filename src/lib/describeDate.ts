import type { Event } from './eventSchema.ts';
import { formatReportedDate } from './formatReportedDate.ts';
import { precisionOf } from './partialDate.ts';

/**
 * How an event's date reads on the page, with how well it is known.
 * @example describeDate({ date: '2025-07', approximate: false }, 'en-GB') // { text: 'July 2025', certainty: 'known to the month' }
 */
export function describeDate(event: Pick<Event, 'date' | 'endDate' | 'approximate'>, locale: string): { text: string; certainty: string } {
  const text = formatReportedDate(event.date, event.endDate, locale);
  if (event.approximate) return { text: `between ${text.replace(' – ', ' and ')}`, certainty: 'approximate: some time in this window' };
  const precision = precisionOf(event.date);
  return { text, certainty: `known to the ${precision}` };
}
