import type { Locale } from './locales.ts';

/**
 * How one language writes a day: its month names, digits and era. The Thai and Khmer editions are
 * written from these tables at build time, and the timeline's browser code receives the same
 * tables (never `Intl`: Chromium's has no Khmer data, and Thai through `Intl` depends on the
 * reader's browser). English goes through `Intl` as before.
 *
 * Sources: month names as the Royal Institute of Thailand's dictionary and the Royal Academy of
 * Cambodia's usage write them (the same as CLDR's `th` and `km` data); abbreviations as Thai
 * newspapers print them (ม.ค., ธ.ค.).
 */
export interface CalendarTable {
  months: readonly string[];
  monthsShort: readonly string[];
  /** Ten digits, 0 to 9; Latin digits when empty. */
  digits: string;
  /** Added to the Gregorian year: 543 for the Buddhist era as Thailand counts it. */
  yearOffset: number;
  /** Patterns: {d} day, {m} month, {M} short month, {y} year. */
  day: string;
  dayShort: string;
  month: string;
  year: string;
}

export const CALENDARS: Record<Exclude<Locale, 'en'>, CalendarTable> = {
  // Thai newsrooms online print Latin digits and the Buddhist era ("25 ธันวาคม 2568");
  // Thai digits are kept for official documents. See src/i18n/glossary.md.
  th: {
    months: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    monthsShort: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
    digits: '',
    yearOffset: 543,
    day: '{d} {m} {y}',
    dayShort: '{d} {M}',
    month: '{m} {y}',
    year: '{y}',
  },
  // Khmer newsrooms print Khmer digits and the Gregorian year ("២៥ ធ្នូ ២០២៥"); Khmer month names
  // are short already, so the short and long forms are one.
  km: {
    months: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
    monthsShort: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
    digits: '០១២៣៤៥៦៧៨៩',
    yearOffset: 0,
    day: '{d} {m} {y}',
    dayShort: '{d} {M}',
    month: '{m} {y}',
    year: '{y}',
  },
};
