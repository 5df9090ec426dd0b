import { oembedResponse } from './oembedResponse.ts';
import { sitePath } from './urls.ts';
import { siteConfig } from '../siteConfig.ts';
import { embedUrls, type EmbedEdition } from './embedUrls.ts';

/**
 * The oEmbed JSON for a view of this site's timeline, as an endpoint's response; the title
 * defaults to the embed's. With an edition, its embed, home page and names: each language's
 * oEmbed answers with that language's timeline.
 */
export function oembedFor(site: URL | undefined, query: URLSearchParams, title?: string, edition?: EmbedEdition & { home: string; providerName: string }): Response {
  const urls = embedUrls(site, edition);
  const body = oembedResponse({
    site: new URL(edition?.home ?? sitePath(), site).href,
    embedUrl: urls.embedUrl,
    loaderUrl: urls.loaderUrl,
    query,
    title: title ?? urls.title,
    providerName: edition?.providerName ?? siteConfig.title,
  });
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
