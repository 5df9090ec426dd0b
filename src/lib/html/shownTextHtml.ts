import type { ShownText } from '../../i18n/localiseEvent.ts';
import { escapeHtml } from '../escapeHtml.ts';

/**
 * A title or summary as HTML content (ShownRuns.astro's markup): the text escaped, and where its
 * words are in more than one language, each foreign run in a `<span lang>` of its own.
 * @example shownTextHtml({ text: 'A & B', lang: 'en', from: 'generated' }) // 'A &amp; B'
 */
export function shownTextHtml(shown: ShownText): string {
  if (!shown.runs) return escapeHtml(shown.text);
  let html = '';
  for (const run of shown.runs) html += run.lang === shown.lang ? escapeHtml(run.text) : `<span lang="${escapeHtml(run.lang)}">${escapeHtml(run.text)}</span>`;
  return html;
}
