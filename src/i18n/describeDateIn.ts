import type { Event } from '../lib/eventSchema.ts';
import { precisionOf, type PartialDate } from '../lib/partialDate.ts';
import type { Locale } from './locales.ts';
import { messagesFor } from './messagesFor.ts';
import { writeDay } from './writeDay.ts';

const FORM = { day: 'day', month: 'month', year: 'year' } as const;

/**
 * A date as reported, at its own precision, in an edition's language; a span joins its ends.
 * @example reportedDateIn('2025-07', undefined, 'th') // 'กรกฎาคม 2568'
 */
export function reportedDateIn(date: PartialDate, endDate: PartialDate | undefined, locale: Locale): string {
  const one = (d: PartialDate) => {
    const precision = precisionOf(d);
    if (!precision) throw new TypeError(`not a partial date: ${d}`);
    return writeDay(d, locale, FORM[precision]);
  };
  return endDate && endDate !== date ? messagesFor(locale).dates.span(one(date), one(endDate)) : one(date);
}

/**
 * How an event's date reads on the page, with how well it is known, in an edition's language:
 * the approximate and month-only wordings are the catalogue's, not only the dates.
 * @example describeDateIn({ date: '2025-07', approximate: false }, 'km') // { text: 'កក្កដា ២០២៥', certainty: 'ដឹងត្រឹមខែ' }
 */
export function describeDateIn(event: Pick<Event, 'date' | 'endDate' | 'approximate'>, locale: Locale): { text: string; certainty: string } {
  const t = messagesFor(locale).dates;
  if (event.approximate && event.endDate && event.endDate !== event.date) {
    return { text: t.between(reportedDateIn(event.date, undefined, locale), reportedDateIn(event.endDate, undefined, locale)), certainty: t.approximate };
  }
  const text = reportedDateIn(event.date, event.endDate, locale);
  if (event.approximate) return { text, certainty: t.approximate };
  return { text, certainty: t.knownTo[precisionOf(event.date) ?? 'day'] };
}

/**
 * An event's date as the vertical timeline writes it beside its month's heading: the day, the
 * days of a span within one month, or the month alone.
 * @example shortDateIn('2025-12-22', '2025-12-23', 'th') // '22–23 ธ.ค.'
 */
export function shortDateIn(date: PartialDate, endDate: PartialDate | undefined, locale: Locale): string {
  const precision = precisionOf(date);
  if (precision !== 'day') return writeDay(date, locale, precision === 'month' ? 'monthShort' : 'year');
  if (!endDate || endDate === date) return writeDay(date, locale, 'dayShort');
  if (precisionOf(endDate) === 'day' && endDate.slice(0, 7) === date.slice(0, 7)) return `${writeDay(date, locale, 'dayNumber')}–${writeDay(endDate, locale, 'dayShort')}`;
  return `${writeDay(date, locale, 'dayShort')} –`;
}
