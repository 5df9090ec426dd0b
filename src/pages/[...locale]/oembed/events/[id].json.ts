import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../../../../loaders/getTimeline.ts';
import { oembedFor } from '../../../../lib/oembedFor.ts';
import { editionPaths } from '../../../../i18n/editionPaths.ts';
import { embedEdition, embedQuery } from '../../../../i18n/embedEdition.ts';
import { eventTextFor } from '../../../../i18n/localiseEvent.ts';
import type { Locale } from '../../../../i18n/locales.ts';
import { siteConfig } from '../../../../siteConfig.ts';

export const getStaticPaths = (async () => {
  const timeline = await getTimeline();
  return editionPaths().flatMap(({ params, props: { locale } }) => {
    const textOf = eventTextFor(timeline, locale, siteConfig.parties);
    return timeline.events.map((event) => ({ params: { ...params, id: event.id }, props: { locale, title: textOf(event).title.text } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; title: string }, { id: string }> = ({ site, params, props }) =>
  oembedFor(site, embedQuery(props.locale, new URLSearchParams({ event: params.id })), props.title, embedEdition(props.locale));
