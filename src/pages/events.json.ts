import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { eventsJson } from '../lib/exports/eventsJson.ts';
import { partsResponse } from '../lib/partsResponse.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  return partsResponse(eventsJson(input.events, [...input.timeline.sources.values()]), 'application/json; charset=utf-8');
})) satisfies APIRoute;
