import { sitePath } from '../lib/urls.ts';
import type { Locale } from './locales.ts';
import { localUrl } from './localUrl.ts';
import { messagesFor } from './messagesFor.ts';

/**
 * An edition's embed, home and names, for its snippet and its oEmbed answers. The embed's query
 * carries `lang` beside the edition's own path, so a journalist sees which language they chose
 * and an embed copied between editions stays in it.
 * @example embedEdition('th').embedPath // '/th/embed/'
 */
export function embedEdition(locale: Locale) {
  const t = messagesFor(locale);
  return {
    embedPath: localUrl(locale, sitePath('embed/')),
    home: localUrl(locale, sitePath()),
    title: t.snippet.frameTitle(t.site.title),
    providerName: t.site.title,
  };
}

/**
 * The query of a view of an edition's embed: English needs no `lang`, the others name theirs.
 * @example embedQuery('km', new URLSearchParams('event=a')).toString() // 'event=a&lang=km'
 */
export function embedQuery(locale: Locale, query = new URLSearchParams()): URLSearchParams {
  if (locale !== 'en') query.set('lang', locale);
  return query;
}
