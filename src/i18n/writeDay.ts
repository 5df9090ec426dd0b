import { DateTime } from 'luxon';
import { CALENDARS, type CalendarTable } from './calendars.ts';
import { writeDigits } from './writeDigits.ts';
import type { Locale } from './locales.ts';

/** How much of a date to write: `day` "7 December 2025", `dayShort` "7 Dec", `month` "December 2025", `monthShort` "Dec", `year`, `dayNumber` "7". */
export type DayForm = 'day' | 'dayShort' | 'month' | 'monthShort' | 'year' | 'dayNumber';

// Days written, by day, edition and form: a build writes the same days on thousands of pages
// (each source's publication day on every card citing it), and luxon's formatting is slow. Held
// to a size no archive's days reach in three editions and six forms, and emptied past it.
const WRITTEN = new Map<string, string>();
const WRITTEN_MOST = 200_000;

// English keeps luxon's en-GB forms, as every page wrote them before the editions.
const LUXON: Record<DayForm, string> = { day: 'd LLLL yyyy', dayShort: 'd LLL', month: 'LLLL yyyy', monthShort: 'LLL', year: 'yyyy', dayNumber: 'd' };

/**
 * Writes a calendar day from a table: the month's name, the language's digits, its era.
 * @example fromTable(2025, 12, 25, CALENDARS.th, 'day') // '25 ธันวาคม 2568'
 */
export function fromTable(year: number, month: number, day: number, table: CalendarTable, form: DayForm): string {
  return fromPattern(year, month, day, table, { day: table.day, dayShort: table.dayShort, month: table.month, monthShort: '{M}', year: table.year, dayNumber: '{d}' }[form]);
}

/**
 * Writes a day by a pattern of its own ({d}, {m}, {M}, {y}): a sentence's date phrase.
 * @example fromPattern(2025, 12, 7, CALENDARS.km, 'ថ្ងៃទី{d} ខែ{m} ឆ្នាំ{y}') // 'ថ្ងៃទី៧ ខែធ្នូ ឆ្នាំ២០២៥'
 */
export function fromPattern(year: number, month: number, day: number, table: CalendarTable, pattern: string): string {
  const text = pattern
    .replace('{d}', String(day))
    .replace('{m}', table.months[month - 1]!)
    .replace('{M}', table.monthsShort[month - 1]!)
    .replace('{y}', String(year + table.yearOffset));
  return writeDigits(text, table.digits);
}

/**
 * A day of the sources' calendar (an ISO date, `yyyy-mm-dd`, `yyyy-mm` or `yyyy`) written in an
 * edition's language at build time. The date is a calendar day, never an instant: no zone moves it.
 * @example writeDay('2025-12-25', 'km', 'day') // '២៥ ធ្នូ ២០២៥'
 */
export function writeDay(iso: string, locale: Locale, form: DayForm): string {
  const key = `${iso} ${locale} ${form}`;
  let written = WRITTEN.get(key);
  if (written === undefined) {
    const [year, month = 1, day = 1] = iso.split('-').map(Number) as [number, number?, number?];
    if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1 || day > 31) throw new TypeError(`not a calendar date: ${iso}`);
    written = locale === 'en' ? DateTime.fromObject({ year, month, day }, { zone: 'UTC', locale: 'en-GB' }).toFormat(LUXON[form]) : fromTable(year, month, day, CALENDARS[locale], form);
    if (WRITTEN.size >= WRITTEN_MOST) WRITTEN.clear();
    WRITTEN.set(key, written);
  }
  return written;
}
