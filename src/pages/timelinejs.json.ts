import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { timelineJs } from '../lib/exports/timelineJs.ts';
import { jsonFileParts } from '../lib/jsonFileParts.ts';
import { partsResponse } from '../lib/partsResponse.ts';
import { siteConfig } from '../siteConfig.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  const file = timelineJs(input, { headline: siteConfig.title, text: siteConfig.description }, siteConfig.locale);
  return partsResponse(jsonFileParts(file), 'application/json; charset=utf-8');
})) satisfies APIRoute;
