import type { APIRoute } from 'astro';
import { oembedFor } from '../../../lib/oembedFor.ts';
import { editionPaths } from '../../../i18n/editionPaths.ts';
import { embedEdition } from '../../../i18n/embedEdition.ts';
import { embedQuery } from '../../../i18n/embedQuery.ts';
import type { Locale } from '../../../i18n/locales.ts';

/** /oembed/timeline.json, /th/oembed/timeline.json, /km/oembed/timeline.json: each edition's timeline. */
export const getStaticPaths = editionPaths;

export const GET: APIRoute<{ locale: Locale }> = ({ site, props }) =>
  oembedFor(site, embedQuery(props.locale), undefined, embedEdition(props.locale));
