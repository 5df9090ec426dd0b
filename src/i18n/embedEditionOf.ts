import type { OembedEdition } from '../lib/oembedJson.ts';
import { sitePath } from '../lib/urls.ts';
import type { Locale } from './locales.ts';
import { messagesFor } from './messagesFor.ts';

/**
 * An edition's embed, home and names, with `local` turning a site path into the edition's
 * (embedEdition passes Astro's i18n routing; the oEmbed files written after a build, which run
 * outside Astro's modules, pass the edition's folder).
 * @example embedEditionOf('th', (path) => `/th${path}`).embedPath // '/th/embed/'
 */
export function embedEditionOf(locale: Locale, local: (path: string) => string): OembedEdition {
  const t = messagesFor(locale);
  return {
    embedPath: local(sitePath('embed/')),
    home: local(sitePath()),
    title: t.snippet.frameTitle(t.site.title),
    providerName: t.site.title,
  };
}
