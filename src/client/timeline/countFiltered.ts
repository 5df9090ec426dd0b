import { matcher, type Filters } from './filterEvents.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** What the filters leave: the events shown, and the counts the form and the status line write. */
export interface Filtered {
  visible: TimelineEvent[];
  /** How many events of each kind the other filters leave: what ticking that kind would show. */
  perKind: Map<string, number>;
  /** Events shown, of `total`. */
  shown: number;
  total: number;
}

/**
 * Applies the filters to the events at hand. `pending` events of a large archive are still in
 * pieces: they count as shown until a filter asks for every event to come (then they are coming,
 * and counted once they have).
 * @example countFiltered(events, NO_FILTERS, 500).shown // events.length + 500
 */
export function countFiltered(events: readonly TimelineEvent[], filters: Filters, pending = 0): Filtered {
  // One pass: an event the other filters leave counts for its kind, and shows if its kind is ticked.
  const withoutKinds = matcher(filters, 'kinds');
  const kinds = filters.kinds;
  const visible: TimelineEvent[] = [];
  const perKind = new Map<string, number>();
  for (const e of events) {
    if (!withoutKinds(e)) continue;
    perKind.set(e.kind, (perKind.get(e.kind) ?? 0) + 1);
    if (kinds.size === 0 || kinds.has(e.kind)) visible.push(e);
  }
  const filtering = filters.kinds.size + filters.actors.size + filters.sources.size + (filters.places?.size ?? 0) > 0 || filters.q.trim() !== '';
  return { visible, perKind, shown: visible.length + (filtering ? 0 : pending), total: events.length + pending };
}
