import { CALENDARS } from './calendars.ts';
import { LOCALE_INFO, type Locale } from './locales.ts';
import { writeDigits } from './writeDigits.ts';

// One formatter per edition for the build: `toLocaleString` builds a new Intl.NumberFormat on
// every call, which at 25,000 events × 3 editions was some ten seconds of a build.
const formatters = new Map<Locale, Intl.NumberFormat>();

/**
 * A count written in the edition's digits, grouped by thousands. Khmer keeps the comma of the
 * other editions (CLDR's Khmer data groups with a dot) so that a figure reads the same in all
 * three; see src/i18n/glossary.md. Formatted at build time only.
 * @example formatNumber(1200, 'km') // '១,២០០'
 */
export function formatNumber(n: number, locale: Locale): string {
  let formatter = formatters.get(locale);
  if (!formatter) formatters.set(locale, (formatter = new Intl.NumberFormat(locale === 'km' ? 'en-GB' : LOCALE_INFO[locale].intl, { maximumFractionDigits: 1 })));
  const grouped = formatter.format(n);
  return locale === 'en' ? grouped : writeDigits(grouped, CALENDARS[locale].digits);
}
