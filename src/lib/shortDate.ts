import { DateTime } from 'luxon';
import { precisionOf, type PartialDate } from './partialDate.ts';

const day = (date: PartialDate, locale: string, format: string) => DateTime.fromISO(date, { zone: 'UTC', locale }).toFormat(format);

/**
 * An event's date as the vertical timeline writes it, beside the month heading that names the
 * month and year: the day ("7 Dec"), the days of a span within one month ("22–23 Dec"), or the
 * month alone for an event known only to it.
 * @example shortDate('2025-12-22', '2025-12-23', 'en-GB') // '22–23 Dec'
 */
export function shortDate(date: PartialDate, endDate: PartialDate | undefined, locale: string): string {
  const precision = precisionOf(date);
  if (precision !== 'day') return day(date, locale, precision === 'month' ? 'LLL' : 'yyyy');
  if (!endDate || endDate === date) return day(date, locale, 'd LLL');
  if (precisionOf(endDate) === 'day' && endDate.slice(0, 7) === date.slice(0, 7)) return `${day(date, locale, 'd')}–${day(endDate, locale, 'd LLL')}`;
  return `${day(date, locale, 'd LLL')} –`;
}
