import { sitePath } from './urls.ts';
import { siteConfig } from '../siteConfig.ts';

/** Where this site's embed and its loader live, absolute on `site`, and the embed's default title. */
export function embedUrls(site: URL | undefined): { embedUrl: string; loaderUrl: string; title: string } {
  return {
    embedUrl: new URL(sitePath('embed/'), site).href,
    loaderUrl: new URL(sitePath('embed.js'), site).href,
    title: `Timeline: ${siteConfig.title}`,
  };
}
