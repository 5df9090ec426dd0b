import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { timelineJs } from '../lib/exports/timelineJs.ts';
import { siteConfig } from '../siteConfig.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  const file = timelineJs(input, { headline: siteConfig.title, text: siteConfig.description }, siteConfig.locale);
  return new Response(`${JSON.stringify(file, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
})) satisfies APIRoute;
