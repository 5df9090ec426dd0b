import type { APIRoute } from 'astro';
import { getExportInput } from '../loaders/getExportInput.ts';
import { oneAtATime } from '../loaders/oneAtATime.ts';
import { eventsFeedParts } from '../lib/exports/eventsFeed.ts';
import { partsResponse } from '../lib/partsResponse.ts';
import { sitePath } from '../lib/urls.ts';
import { siteConfig } from '../siteConfig.ts';

// One export at a time (see oneAtATime).
export const GET = (({ site }) => oneAtATime(async () => {
  const input = await getExportInput(site);
  const atom = eventsFeedParts(input, {
    title: siteConfig.title,
    description: siteConfig.description,
    home: new URL(sitePath(), site).href,
    self: new URL(sitePath('feed.xml'), site).href,
    rights: `Data: ${siteConfig.licence.name} (${siteConfig.licence.url}). Quotes remain their publishers'.`,
    locale: siteConfig.locale,
  });
  return partsResponse(atom, 'application/atom+xml; charset=utf-8');
})) satisfies APIRoute;
