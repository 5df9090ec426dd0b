import type { APIRoute } from 'astro';
import { loadExportInput } from '../data/loadExportInput.ts';
import { eventsJson } from '../lib/exports/eventsJson.ts';

export const GET = (async ({ site }) => {
  const input = await loadExportInput(site);
  return new Response(eventsJson(input.events, [...input.timeline.sources.values()]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}) satisfies APIRoute;
