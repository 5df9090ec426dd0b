import type { Event } from '../lib/eventSchema.ts';
import { oembedJson, type OembedEdition } from '../lib/oembedJson.ts';
import { embedQuery } from './embedQuery.ts';
import { eventTextFor } from './localiseEvent.ts';
import type { Locale } from './locales.ts';

/** One edition as the oEmbed answers of its events need it. */
export interface OembedEditionOf {
  locale: Locale;
  edition: OembedEdition;
}

/**
 * The oEmbed answer of every event in one edition, one at a time (a large archive has tens of
 * thousands): each file's name in the edition's `oembed/events/` folder and its text, the view of
 * the edition's embed at that event, titled as the edition titles the event.
 * @example eventOembedFiles(site, { locale: 'en', edition }, events, published, ['Thailand', 'Cambodia']).next().value.name // '2025-12-24-talks.json'
 */
export function* eventOembedFiles(
  site: URL | undefined,
  { locale, edition }: OembedEditionOf,
  events: readonly Event[],
  published: ReadonlyMap<string, string>,
  parties: readonly string[],
): Generator<{ name: string; text: string }> {
  const textOf = eventTextFor({ published }, locale, parties);
  for (const event of events) {
    yield {
      name: `${event.id}.json`,
      text: oembedJson(site, embedQuery(locale, new URLSearchParams({ event: event.id })), textOf(event).title.text, edition),
    };
  }
}
