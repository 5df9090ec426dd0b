import type { APIRoute, GetStaticPaths } from 'astro';
import { loadTimeline } from '../../../data/loadTimeline.ts';
import { oembedFor } from '../../../data/oembedFor.ts';

export const getStaticPaths = (async () => {
  const { events } = await loadTimeline();
  return events.map((event) => ({ params: { id: event.id }, props: { title: event.title } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ title: string }, { id: string }> = ({ site, params, props }) =>
  oembedFor(site, new URLSearchParams({ event: params.id }), props.title);
