import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { eventsGeoJson } from '../lib/exports/eventsGeoJson.ts';
import { jsonFileParts } from '../lib/jsonFileParts.ts';
import { partsResponse } from '../lib/partsResponse.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  // RFC 7946's media type; browsers and GIS tools alike open it.
  return partsResponse(jsonFileParts(eventsGeoJson(input)), 'application/geo+json; charset=utf-8');
})) satisfies APIRoute;
