import { sitePath } from './urls.ts';
import { siteConfig } from '../siteConfig.ts';

/** An edition's own embed: its path (Astro's i18n routing gives it) and its default title. */
export interface EmbedEdition {
  embedPath: string;
  title: string;
}

/** Where this site's embed and its loader live, absolute on `site`, and the embed's default title; an edition's embed when given one. */
export function embedUrls(site: URL | undefined, edition?: EmbedEdition): { embedUrl: string; loaderUrl: string; title: string } {
  return {
    embedUrl: new URL(edition?.embedPath ?? sitePath('embed/'), site).href,
    loaderUrl: new URL(sitePath('embed.js'), site).href,
    title: edition?.title ?? `Timeline: ${siteConfig.title}`,
  };
}
