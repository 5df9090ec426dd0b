import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { eventsCsv } from '../lib/exports/eventsCsv.ts';
import { siteConfig } from '../siteConfig.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  return new Response(eventsCsv(input, siteConfig.locale), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
})) satisfies APIRoute;
