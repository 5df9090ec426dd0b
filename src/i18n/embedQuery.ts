import type { Locale } from './locales.ts';

/**
 * The query of a view of an edition's embed: English needs no `lang`, the others name theirs.
 * The embed's query carries `lang` beside the edition's own path, so a journalist sees which
 * language they chose and an embed copied between editions stays in it.
 * @example embedQuery('km', new URLSearchParams('event=a')).toString() // 'event=a&lang=km'
 */
export function embedQuery(locale: Locale, query = new URLSearchParams()): URLSearchParams {
  if (locale !== 'en') query.set('lang', locale);
  return query;
}
