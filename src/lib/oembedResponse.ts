import { DEFAULT_HEIGHT } from './embedOptions.ts';
import { embedSnippet } from './embedSnippet.ts';

/** An oEmbed 1.0 `rich` response (https://oembed.com/#section2.3.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

export const OEMBED_WIDTH = 640;

/**
 * The static oEmbed answer for one view of the timeline.
 * @example oembedResponse({ site: 'https://x.org/', embedUrl: 'https://x.org/embed/', loaderUrl: 'https://x.org/embed.js', query: new URLSearchParams('event=a'), title: 'A', providerName: 'X' }).type // 'rich'
 */
export function oembedResponse(options: { site: string; embedUrl: string; loaderUrl: string; query: URLSearchParams; title: string; providerName: string }): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: options.title,
    provider_name: options.providerName,
    provider_url: options.site,
    html: embedSnippet({ embedUrl: options.embedUrl, loaderUrl: options.loaderUrl, query: options.query, title: options.title, height: DEFAULT_HEIGHT }),
    width: OEMBED_WIDTH,
    height: DEFAULT_HEIGHT,
    cache_age: 86_400,
  };
}
