import type { ClientText } from '../client/i18n/clientText.ts';
import { CALENDARS } from './calendars.ts';
import type { Locale } from './locales.ts';
import { messagesFor } from './messagesFor.ts';

/**
 * What the timeline's browser code needs of an edition, as the JSON of its `data-i18n`: the
 * catalogue's templates with their placeholders left for the browser's counts, and for Thai and
 * Khmer the month abbreviations, digits and era the build writes days with.
 * @example JSON.parse(clientTextFor('km')).calendar.digits // '០១២៣៤៥៦៧៨៩'
 */
export function clientTextFor(locale: Locale): string {
  const t = messagesFor(locale).timeline;
  const text: ClientText = {
    showingAll: t.showingAll('{n}'),
    showing: t.showing('{shown}', '{total}'),
    moreHere: t.moreHere,
  };
  if (locale !== 'en') {
    const { monthsShort, digits, yearOffset } = CALENDARS[locale];
    text.calendar = { monthsShort, digits, yearOffset };
  }
  return JSON.stringify(text);
}
