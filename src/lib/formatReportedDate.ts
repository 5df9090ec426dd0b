import { DateTime } from 'luxon';
import { precisionOf, type PartialDate } from './partialDate.ts';

const FORMATS = { year: 'yyyy', month: 'LLLL yyyy', day: 'd LLLL yyyy' } as const;

// A build writes the same few hundred days on tens of thousands of pages; luxon parsing and
// formatting each again was seconds of a large archive's build.
const written = new Map<string, string>();

function format(date: PartialDate, locale: string): string {
  const key = `${locale} ${date}`;
  let text = written.get(key);
  if (text === undefined) {
    const precision = precisionOf(date);
    if (!precision) throw new TypeError(`not a partial date: ${date}`);
    written.set(key, (text = DateTime.fromISO(date, { zone: 'UTC', locale }).toFormat(FORMATS[precision])));
  }
  return text;
}

/**
 * A date as reported, at its own precision; a span joins its ends with an en dash.
 * @example formatReportedDate('2025-12-24', '2025-12-26', 'en-GB') // '24 December 2025 – 26 December 2025'
 */
export function formatReportedDate(date: PartialDate, endDate: PartialDate | undefined, locale: string): string {
  const start = format(date, locale);
  return endDate && endDate !== date ? `${start} – ${format(endDate, locale)}` : start;
}
