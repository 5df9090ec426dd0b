import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { eventsJson } from '../lib/exports/eventsJson.ts';

export const GET = (async ({ site }) => {
  const input = await getExportInput(site);
  return new Response(eventsJson(input.events, [...input.timeline.sources.values()]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
