import { oembedResponse } from './oembedResponse.ts';
import { sitePath } from './urls.ts';
import { siteConfig } from '../siteConfig.ts';
import { embedUrls, type EmbedEdition } from './embedUrls.ts';

/** An edition's embed, home page and names, as its oEmbed answers give them (see src/i18n/embedEdition.ts). */
export type OembedEdition = EmbedEdition & { home: string; providerName: string };

/**
 * The text of the oEmbed JSON for a view of this site's timeline; the title defaults to the
 * embed's. With an edition, its embed, home page and names: each language's oEmbed answers with
 * that language's timeline. One function for the endpoints and the files written after a build,
 * so both say the same byte for byte.
 * @example JSON.parse(oembedJson(new URL('https://x.org/'), new URLSearchParams('event=a'), 'A')).title // 'A'
 */
export function oembedJson(site: URL | undefined, query: URLSearchParams, title?: string, edition?: OembedEdition): string {
  const urls = embedUrls(site, edition);
  const body = oembedResponse({
    site: new URL(edition?.home ?? sitePath(), site).href,
    embedUrl: urls.embedUrl,
    loaderUrl: urls.loaderUrl,
    query,
    title: title ?? urls.title,
    providerName: edition?.providerName ?? siteConfig.title,
  });
  return `${JSON.stringify(body, null, 2)}\n`;
}
