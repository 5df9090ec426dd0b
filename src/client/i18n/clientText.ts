/**
 * The few strings the timeline writes in the browser, and how it writes days and counts there,
 * in the page's language. The page gives them (`data-i18n` on `<conflict-timeline>`, written by
 * src/i18n/clientTextFor.ts at build time); the browser fills in numbers and never asks `Intl`
 * for Thai or Khmer (Chromium's `Intl` has no Khmer data).
 */
export interface ClientText {
  /** Templates with {n}, {shown}, {total}: counts arrive in the language's digits. */
  showingAll: string;
  showing: string;
  moreHere: string;
  /** How days are written; absent in English, whose table is below (the browser asks no `Intl` for dates). */
  calendar?: ClientCalendar;
}

export interface ClientCalendar {
  monthsShort: readonly string[];
  /** Ten digits, 0 to 9; Latin when empty. */
  digits: string;
  yearOffset: number;
}

const ENGLISH: ClientText = {
  showingAll: 'Showing all {n} events.',
  showing: 'Showing {shown} of {total} events.',
  moreHere: '{n} more events here: click to zoom in',
};

/**
 * English days: months as the site's locale (en-GB) abbreviates them in CLDR, as the build's
 * `Intl` writes them on the pages (tests/timeline/dates.test.ts holds the two together).
 */
export const ENGLISH_CALENDAR: ClientCalendar = {
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
  digits: '',
  yearOffset: 0,
};

let text: ClientText = ENGLISH;

/** Sets the page's strings, read once from its `data-i18n`; a page without it stays English. */
export function setClientText(json: string | undefined): void {
  if (json) text = { ...ENGLISH, ...(JSON.parse(json) as Partial<ClientText>) };
}

export const clientText = (): ClientText => text;

/** How the page writes days: its edition's table, or English's. */
export const clientCalendar = (): ClientCalendar => text.calendar ?? ENGLISH_CALENDAR;

/**
 * A count in the page's digits (or those given), grouped by thousands.
 * @example localCount(1200) // '1,200' (English), '១,២០០' (Khmer)
 */
export function localCount(n: number, digits = clientCalendar().digits): string {
  const grouped = String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return digits ? grouped.replace(/[0-9]/g, (d) => [...digits][Number(d)]!) : grouped;
}

/**
 * A template of the page's language filled with counts.
 * @example say('Showing {shown} of {total} events.', { shown: 3, total: 9 }) // 'Showing 3 of 9 events.'
 */
export const say = (template: string, counts: Readonly<Record<string, number>>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => (key in counts ? localCount(counts[key]!) : `{${key}}`));
