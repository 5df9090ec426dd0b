import { clientText, localCount } from '../i18n/clientText.ts';

/** How much of a day to write: `dayMonthYear` is "7 Dec 2025", `monthYear` "Dec 2025", and so on. */
export type DayStyle = 'dayMonthYear' | 'dayMonth' | 'monthYear' | 'month' | 'year' | 'day';

const OPTIONS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  dayMonthYear: { day: 'numeric', month: 'short', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  month: { month: 'short' },
  year: { year: 'numeric' },
  day: { day: 'numeric' },
};

// Building a formatter costs far more than using one, and a frame of the timeline formats dozens of ticks.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A day number (UTC milliseconds at midnight) written in the site's locale with the browser's own
 * `Intl`, in UTC: the days are the sources' days, and no reader's time zone may move them.
 * @example formatDay(Date.UTC(2025, 11, 7), 'en-GB', 'dayMonthYear') // '7 Dec 2025'
 */
export function formatDay(ms: number, locale: string, style: DayStyle): string {
  // Thai and Khmer pages give the build's month names and digits: no Intl for them (i18n).
  const calendar = clientText().calendar;
  if (calendar) return fromCalendar(new Date(ms), calendar.monthsShort, calendar.yearOffset, style);
  const key = `${locale}|${style}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...OPTIONS[style], timeZone: 'UTC' });
    formatters.set(key, format);
  }
  return format.format(ms);
}

const PATTERNS: Record<DayStyle, string> = { dayMonthYear: '{d} {M} {y}', dayMonth: '{d} {M}', monthYear: '{M} {y}', month: '{M}', year: '{y}', day: '{d}' };

/** A day written from the page's month names and era, in its digits (src/i18n/calendars.ts). */
function fromCalendar(day: Date, months: readonly string[], yearOffset: number, style: DayStyle): string {
  return PATTERNS[style]
    .replace('{d}', localCount(day.getUTCDate()))
    .replace('{M}', months[day.getUTCMonth()]!)
    .replace('{y}', localCount(day.getUTCFullYear() + yearOffset).replace(/,/g, ''));
}
