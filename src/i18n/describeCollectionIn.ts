import type { Event } from '../lib/eventSchema.ts';
import { findDisagreements } from '../lib/findDisagreements.ts';
import { daySpan } from '../lib/partialDate.ts';
import { reportedDateIn } from './describeDateIn.ts';
import { formatNumber } from './formatNumber.ts';
import type { Locale } from './locales.ts';
import { messagesFor } from './messagesFor.ts';

/**
 * The opening sentences of the timeline in an edition's language, written from the data: how
 * many events, over what span, from how many reports, and on how many the reports disagree.
 * @example describeCollectionIn(events, published, 'th') // '9 เหตุการณ์ ตั้งแต่ กรกฎาคม 2568 ถึง 27 ธันวาคม 2568 …'
 */
export function describeCollectionIn(events: readonly Event[], published: ReadonlyMap<string, string>, locale: Locale): string {
  const t = messagesFor(locale).lede;
  if (events.length === 0) return t.none;
  const first = events.reduce((a, b) => (daySpan(b.date).first < daySpan(a.date).first ? b : a));
  const last = events.reduce((a, b) => (daySpan(b.endDate ?? b.date).last > daySpan(a.endDate ?? a.date).last ? b : a));
  const sources = new Set(events.flatMap((e) => e.citations.map((c) => c.source))).size;
  const disputed = events.filter((e) => findDisagreements(e, published).length > 0).length;
  const scheduled = events.filter((e) => e.status === 'scheduled').length;
  const n = (count: number) => formatNumber(count, locale);
  const parts = [t.span(n(events.length), events.length, reportedDateIn(first.date, undefined, locale), reportedDateIn(last.endDate ?? last.date, undefined, locale), n(sources), sources)];
  if (scheduled > 0) parts.push(t.scheduled(n(scheduled), scheduled));
  if (disputed > 0) parts.push(t.disputed(n(disputed), disputed));
  return parts.join(' ');
}
