import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { eventsIcsParts } from '../lib/exports/eventsIcs.ts';
import { partsResponse } from '../lib/partsResponse.ts';
import { sitePath } from '../lib/urls.ts';
import { siteConfig } from '../siteConfig.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  const ics = eventsIcsParts(input, {
    name: siteConfig.title,
    description: siteConfig.description,
    uidDomain: site!.hostname,
    url: new URL(sitePath('events.ics'), site).href,
    locale: siteConfig.locale,
  });
  return partsResponse(ics, 'text/calendar; charset=utf-8');
})) satisfies APIRoute;
