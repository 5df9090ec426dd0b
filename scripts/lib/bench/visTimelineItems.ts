import { dayRange } from '../../../src/lib/dayRange.ts';
import type { Event } from '../../../src/lib/eventSchema.ts';
import { dayOf } from '../../../src/client/timeline/parseDay.ts';
import { DAY_MS } from '../../../src/lib/dayMs.ts';

/** An item as vis-timeline's DataSet takes it: a box on its day, or a range over a longer period. */
export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
}

/**
 * The events as vis-timeline items: the title as content (vis-timeline sanitises it), a day as a
 * box, a month or a span as a range over the days it covers, as our timeline draws them.
 * @example visTimelineItems([{ id: 'a', title: 'Talks', date: '2025-07' }])[0] // { id: 'a', content: 'Talks', start: '2025-07-01', end: '2025-08-01' }
 */
export function visTimelineItems(events: readonly Pick<Event, 'id' | 'title' | 'date' | 'endDate'>[]): VisItem[] {
  return events.map((e) => {
    const [start, end] = dayRange(e.date, e.endDate);
    return { id: e.id, content: e.title, start: dayOf(start), ...(end - start > DAY_MS ? { end: dayOf(end) } : {}) };
  });
}
