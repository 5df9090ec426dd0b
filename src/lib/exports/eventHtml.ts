import type { Event } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { STATUS_LABELS } from '../kindStyles.ts';
import { sourceLabel } from '../sourceLabel.ts';
import { describeDisagreements } from './describeDisagreements.ts';
import type { ExportInput } from './exportInput.ts';

/**
 * An event as a fragment of HTML for embeds and feeds: the summary, its status when not
 * "occurred", where sources disagree, each quote with a link to its passage, and a link to the
 * event's page. Every piece of data is escaped.
 * @example eventHtml(talks, input, 'en-GB') // '<p>Talks began…</p><blockquote>…</blockquote>…'
 */
export function eventHtml(event: Event, input: Omit<ExportInput, 'events'>, locale: string): string {
  const parts = [`<p>${escapeHtml(event.summary)}</p>`];
  if (event.status !== 'occurred') parts.push(`<p><strong>${escapeHtml(STATUS_LABELS[event.status])}.</strong></p>`);
  const disagreements = describeDisagreements(event, input.sources, locale);
  if (disagreements) parts.push(`<p>${escapeHtml(disagreements)}</p>`);
  for (const citation of event.citations) {
    const source = input.sources.get(citation.source) ?? { file: citation.source };
    const cite = 'url' in source && source.url ? ` cite="${escapeHtml(source.url)}"` : '';
    parts.push(
      `<blockquote${cite}><p>${escapeHtml(citation.quote)}</p></blockquote>`,
      `<p>— <a href="${escapeHtml(input.citationUrl(citation))}">${escapeHtml(sourceLabel(source))}</a></p>`,
    );
  }
  parts.push(`<p><a href="${escapeHtml(input.eventUrl(event.id))}">The event’s page, with every figure and source</a></p>`);
  return parts.join('');
}
