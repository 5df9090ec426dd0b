import type { Event } from '../eventSchema.ts';
import { findDisagreements } from '../findDisagreements.ts';
import { formatFigureValue, MEASURE_LABELS } from '../formatFigure.ts';
import { publishedBySource } from '../publishedBySource.ts';
import { sourceLabel } from '../sourceLabel.ts';
import type { ExportInput } from './exportInput.ts';

const CLAIM_LABELS = { 'brokered-by': 'who brokered it', date: 'the date' } as const;

// The same sources serve every event of an export: their publication days are read once per
// sources map, not once per event (which made exports grow with events × articles).
const publishedOf = new WeakMap<ExportInput['sources'], Map<string, string>>();
const published = (sources: ExportInput['sources']) => {
  let days = publishedOf.get(sources);
  if (!days) publishedOf.set(sources, (days = publishedBySource([...sources.values()])));
  return days;
};

/**
 * One sentence per matter the event's sources disagree on, each value with its source; empty
 * when they agree. Plain text, for formats without markup.
 * @example describeDisagreements(talks, sources, 'en-GB') // 'Sources disagree on duration: 3 days (A); 4 days (B).'
 */
export function describeDisagreements(event: Pick<Event, 'figures' | 'claims'>, sources: ExportInput['sources'], locale: string): string {
  const label = (file: string) => sourceLabel(sources.get(file) ?? { file });
  return findDisagreements(event, published(sources))
    .map((d) => {
      const values =
        d.type === 'figure'
          ? d.figures.map((f) => `${formatFigureValue(f, locale)} (${label(f.citation.source)})`)
          : d.claims.map((c) => `${c.values.join(', ')} (${label(c.citation.source)})`);
      const matter = d.type === 'figure' ? MEASURE_LABELS[d.measure].toLowerCase() : CLAIM_LABELS[d.about];
      return `Sources disagree on ${matter}: ${values.join('; ')}.`;
    })
    .join(' ');
}
