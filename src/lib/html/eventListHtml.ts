import type { Event } from '../eventSchema.ts';
import type { Timeline } from '../../loaders/getTimeline.ts';
import type { Locale } from '../../i18n/locales.ts';
import { eventListParts, type EventListOptions } from './eventListParts.ts';

/**
 * The events as the reader page's list, in one string (see eventListParts).
 * @example eventListHtml(timeline.events, timeline, 'th', { targetSelf: false }) // '<div class="event-list-container"><ol class="months" id="event-list">…'
 */
export function eventListHtml(events: readonly Event[], timeline: Pick<Timeline, 'sources' | 'passageOf' | 'published'>, locale: Locale, options: EventListOptions = {}): string {
  let html = '';
  for (const part of eventListParts(events, timeline, locale, options)) html += part;
  return html;
}
