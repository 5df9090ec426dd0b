import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../../../loaders/getTimeline.ts';
import { oembedFor } from '../../../lib/oembedFor.ts';

export const getStaticPaths = (async () => {
  const { events } = await getTimeline();
  return events.map((event) => ({ params: { id: event.id }, props: { title: event.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string }, { id: string }> = ({ site, params, props }) =>
  oembedFor(site, new URLSearchParams({ event: params.id }), props.title);
