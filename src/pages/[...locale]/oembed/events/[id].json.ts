import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../../../../loaders/getTimeline.ts';
import type { Event } from '../../../../lib/eventSchema.ts';
import { editionPaths } from '../../../../i18n/editionPaths.ts';
import { embedEdition } from '../../../../i18n/embedEdition.ts';
import { eventOembedFiles } from '../../../../i18n/eventOembedFiles.ts';
import type { Locale } from '../../../../i18n/locales.ts';
import { siteConfig } from '../../../../siteConfig.ts';

/**
 * Each event's oEmbed answer, /oembed/events/<id>.json in every edition, for the dev server only:
 * a build writes these files after the pages (src/integrations/eventOembeds.ts), from the same
 * eventOembedFiles, because Astro's cost per output made 75,000 of them (25,000 events in three
 * editions) a quarter of a large archive's build.
 */
export const getStaticPaths = (async () => {
  // STATIC_BUILD, not DEV: a build run with NODE_ENV=test (the tests') has DEV true.
  if (import.meta.env.STATIC_BUILD === true) return [];
  const timeline = await getTimeline();
  return editionPaths().flatMap(({ params, props: { locale } }) =>
    timeline.events.map((event) => ({ params: { ...params, id: event.id }, props: { locale, event } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; event: Event }> = async ({ site, props: { locale, event } }) => {
  const { published } = await getTimeline();
  const [file] = eventOembedFiles(site, { locale, edition: embedEdition(locale) }, [event], published, siteConfig.parties);
  return new Response(file!.text, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
