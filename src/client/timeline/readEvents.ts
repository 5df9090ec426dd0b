import { dayRange } from '../../lib/dayRange.ts';
import { DAY_MS } from '../../lib/dayMs.ts';
import type { Kind, Status } from '../../lib/eventSchema.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/**
 * Reads the events from the server-rendered list: its `data-*` attributes and text.
 * The list stays the single source; the timeline only enhances it.
 */
export function readEvents(list: ParentNode): { events: TimelineEvent[]; items: Map<string, HTMLElement> } {
  const items = new Map<string, HTMLElement>();
  const events = [...list.querySelectorAll<HTMLElement>('li[data-id]')].map((li, index): TimelineEvent => {
    const d = li.dataset;
    const [start, end] = dayRange(d.date!, d.end);
    items.set(d.id!, li);
    let text: string | undefined;
    return {
      id: d.id!,
      start,
      end,
      point: end - start <= DAY_MS && d.approximate === undefined,
      approximate: d.approximate !== undefined,
      kind: d.kind as Kind,
      status: d.status as Status,
      actors: d.actors ? d.actors.split('|') : [],
      sources: d.sources ? d.sources.split('|') : [],
      ...(d.place ? { place: d.place } : {}),
      title: li.querySelector('.event-title')?.textContent?.trim() ?? d.id!,
      ...(d.breaks ? { breaks: d.breaks.split(',').map(Number) } : {}),
      // Read when a search first needs it: the whole text of every entry, quotes and all, took
      // most of the start of a page of thousands of events that nobody had searched yet.
      get text() {
        return (text ??= (li.textContent ?? '').toLowerCase().replace(/\s+/g, ' '));
      },
      index,
    };
  });
  return { events, items };
}
