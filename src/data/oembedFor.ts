import { oembedResponse } from '../lib/oembedResponse.ts';
import { sitePath } from '../lib/urls.ts';
import { siteConfig } from '../siteConfig.ts';

/** The oEmbed JSON for a view of this site's timeline, as an endpoint's response. */
export function oembedFor(site: URL | undefined, query: URLSearchParams, title: string): Response {
  const absolute = (path: string) => new URL(path, site).href;
  const body = oembedResponse({
    site: absolute(sitePath()),
    embedUrl: absolute(sitePath('embed/')),
    loaderUrl: absolute(sitePath('embed.js')),
    query,
    title,
    providerName: siteConfig.title,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
