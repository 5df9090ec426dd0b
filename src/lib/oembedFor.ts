import { oembedJson, type OembedEdition } from './oembedJson.ts';

/**
 * The oEmbed JSON for a view of this site's timeline (oembedJson), as an endpoint's response.
 */
export function oembedFor(site: URL | undefined, query: URLSearchParams, title?: string, edition?: OembedEdition): Response {
  return new Response(oembedJson(site, query, title, edition), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
}
