import type { OembedEdition } from '../lib/oembedJson.ts';
import { embedEditionOf } from './embedEditionOf.ts';
import type { Locale } from './locales.ts';
import { localUrl } from './localUrl.ts';

/**
 * An edition's embed, home and names, for its snippet and its oEmbed answers, at the paths
 * Astro's i18n routing gives the edition.
 * @example embedEdition('th').embedPath // '/th/embed/'
 */
export const embedEdition = (locale: Locale): OembedEdition => embedEditionOf(locale, (path) => localUrl(locale, path));
