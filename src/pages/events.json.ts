import type { APIRoute } from 'astro';
import { loadExportInput } from '../data/loadExportInput.ts';
import { eventsJson } from '../lib/exports/eventsJson.ts';
import { sitePath } from '../lib/urls.ts';

export const GET = (async ({ site }) => {
  const input = await loadExportInput(site);
  const schemaUrl = new URL(sitePath('events.schema.json'), site).href;
  return new Response(eventsJson(input.events, [...input.timeline.sources.values()], schemaUrl), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
