import type { Event } from '../eventSchema.ts';
import { daySpan } from '../partialDate.ts';
import type { ExportInput } from './exportInput.ts';

/**
 * When the given events last changed, as an ISO day: the latest publication day of an article
 * they cite, else the latest day one of them starts. Exports stamp themselves with it instead of
 * the clock, so the same data always builds the same bytes.
 * @example dataUpdated([talks], new Map([['a.txt', { file: 'a.txt', published: '2025-12-24' }]])) // '2025-12-24'
 */
export function dataUpdated(events: readonly Pick<Event, 'date' | 'citations'>[], sources: ExportInput['sources']): string {
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  const published = [...cited].flatMap((file) => {
    const day = sources.get(file)?.published;
    return day ? [daySpan(day).first] : [];
  });
  const days = published.length > 0 ? published : events.map((e) => daySpan(e.date).first);
  if (days.length === 0) throw new TypeError('dataUpdated needs at least one event');
  return days.reduce((a, b) => (b > a ? b : a));
}
