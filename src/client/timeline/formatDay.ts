import { clientCalendar, localCount, type ClientCalendar } from '../i18n/clientText.ts';

/** How much of a day to write: `dayMonthYear` is "7 Dec 2025", `monthYear` "Dec 2025", and so on. */
export type DayStyle = 'dayMonthYear' | 'dayMonth' | 'monthYear' | 'month' | 'year' | 'day';

const PATTERNS: Record<DayStyle, string> = { dayMonthYear: '{d} {M} {y}', dayMonth: '{d} {M}', monthYear: '{M} {y}', month: '{M}', year: '{y}', day: '{d}' };

/**
 * A day number (UTC milliseconds at midnight) written from the page's month names, era and digits,
 * which the build gives (src/client/i18n/clientText.ts), in UTC: the days are the sources' days,
 * and no reader's time zone may move them. No `Intl` in the browser: building the first
 * date formatter took 15–30 ms of the page's start, before the timeline could draw.
 * @example formatDay(Date.UTC(2025, 11, 7), 'dayMonthYear') // '7 Dec 2025'
 */
export function formatDay(ms: number, style: DayStyle, calendar: ClientCalendar = clientCalendar()): string {
  const day = new Date(ms);
  return PATTERNS[style]
    .replace('{d}', localCount(day.getUTCDate(), calendar.digits))
    .replace('{M}', calendar.monthsShort[day.getUTCMonth()]!)
    .replace('{y}', localCount(day.getUTCFullYear() + calendar.yearOffset, calendar.digits).replace(/,/g, ''));
}
