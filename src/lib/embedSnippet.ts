import { MAX_HEIGHT, MIN_HEIGHT } from './embedOptions.ts';
import { escapeHtml } from './escapeHtml.ts';

export interface SnippetOptions {
  /** Absolute URL of the embed page, e.g. `https://example.org/embed/`. */
  embedUrl: string;
  /** Absolute URL of the resizing loader, `…/embed.js`. */
  loaderUrl: string;
  /** The view to show, as an embed query (filters, range, event, look). */
  query: URLSearchParams;
  title: string;
  /** Starting height; the loader then fits the frame to its content. */
  height: number;
}

/**
 * The HTML a journalist pastes into an article: a sandboxed iframe that works on its own at the
 * given height, and the loader that makes it fit its content.
 * @example embedSnippet({ embedUrl: 'https://x.org/embed/', loaderUrl: 'https://x.org/embed.js', query: new URLSearchParams('kinds=talks'), title: 'Timeline', height: 480 })
 */
export function embedSnippet({ embedUrl, loaderUrl, query, title, height }: SnippetOptions): string {
  const src = new URL(embedUrl);
  src.search = query.toString();
  const px = Math.round(Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, height)));
  return [
    `<iframe src="${escapeHtml(src.href)}" title="${escapeHtml(title)}" width="100%" height="${px}"`,
    ` loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" data-conflict-timeline`,
    ` style="border:0;max-width:100%"></iframe>\n`,
    `<script src="${escapeHtml(loaderUrl)}" async></script>`,
  ].join('');
}
