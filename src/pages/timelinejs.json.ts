import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { timelineJs } from '../lib/exports/timelineJs.ts';
import { siteConfig } from '../siteConfig.ts';

export const GET = (async ({ site }) => {
  const input = await getExportInput(site);
  const file = timelineJs(input, { headline: siteConfig.title, text: siteConfig.description }, siteConfig.locale);
  return new Response(`${JSON.stringify(file, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}) satisfies APIRoute;
