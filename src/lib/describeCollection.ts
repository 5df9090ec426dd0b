import type { Event } from './eventSchema.ts';
import { findDisagreements } from './findDisagreements.ts';
import { formatReportedDate } from './formatReportedDate.ts';
import { daySpan } from './partialDate.ts';

/**
 * The opening sentence of the timeline, written from the data: how many events, over what
 * span, from how many reports, and on how many the reports disagree.
 * @example describeCollection(events, published, 'en-GB') // '7 events from July 2025 to 27 December 2025, drawn from 2 news reports. …'
 */
export function describeCollection(events: readonly Event[], published: ReadonlyMap<string, string>, locale: string): string {
  if (events.length === 0) return 'No events yet.';
  const first = events.reduce((a, b) => (daySpan(b.date).first < daySpan(a.date).first ? b : a));
  const last = events.reduce((a, b) => (daySpan(b.endDate ?? b.date).last > daySpan(a.endDate ?? a.date).last ? b : a));
  const sources = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  const disputed = events.filter((e) => findDisagreements(e, published).length > 0).length;
  const scheduled = events.filter((e) => e.status === 'scheduled').length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${plural(events.length, 'event', 'events')} from ${formatReportedDate(first.date, undefined, locale)} to ${formatReportedDate(last.endDate ?? last.date, undefined, locale)}, drawn from ${plural(sources.size, 'news report', 'news reports')}.`,
  ];
  if (scheduled > 0) parts.push(`${scheduled === 1 ? 'One was' : `${scheduled} were`} still to come when reported.`);
  if (disputed > 0) parts.push(`Sources disagree on details of ${plural(disputed, 'event', 'events')}; both versions are shown.`);
  return parts.join(' ');
}
