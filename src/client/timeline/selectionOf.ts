import type { TimelineEvent } from './timelineEvent.ts';

/** An event chosen among those shown, and what the live region says when it is reached. */
export interface Selection {
  event?: TimelineEvent;
  announcement?: string;
}

/**
 * The event `id` names among those shown, with its place among them for the announcement; none
 * when it is not shown (a filter hid it) or no id is given.
 * @example selectionOf(visible, visible[1].id).announcement // 'Talks resume. Event 2 of 3.'
 */
export function selectionOf(visible: readonly TimelineEvent[], id: string | undefined): Selection {
  const index = id === undefined ? -1 : visible.findIndex((e) => e.id === id);
  const event = visible[index];
  return event ? { event, announcement: `${event.title}. Event ${index + 1} of ${visible.length}.` } : {};
}
