import { oembedResponse } from './oembedResponse.ts';
import { sitePath } from './urls.ts';
import { siteConfig } from '../siteConfig.ts';
import { embedUrls } from './embedUrls.ts';

/** The oEmbed JSON for a view of this site's timeline, as an endpoint's response; the title defaults to the embed's. */
export function oembedFor(site: URL | undefined, query: URLSearchParams, title?: string): Response {
  const urls = embedUrls(site);
  const body = oembedResponse({
    site: new URL(sitePath(), site).href,
    embedUrl: urls.embedUrl,
    loaderUrl: urls.loaderUrl,
    query,
    title: title ?? urls.title,
    providerName: siteConfig.title,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
