import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { eventsGeoJson } from '../lib/exports/eventsGeoJson.ts';

export const GET = (async ({ site }) => {
  const input = await getExportInput(site);
  return new Response(`${JSON.stringify(eventsGeoJson(input), null, 2)}\n`, {
    // RFC 7946's media type; browsers and GIS tools alike open it.
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
}) satisfies APIRoute;
