import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { eventsGeoJson } from '../lib/exports/eventsGeoJson.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  return new Response(`${JSON.stringify(eventsGeoJson(input), null, 2)}\n`, {
    // RFC 7946's media type; browsers and GIS tools alike open it.
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
})) satisfies APIRoute;
