import type { Kind } from '../../lib/eventSchema.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** What the reader has narrowed the timeline to. Empty sets mean "all". */
export interface Filters {
  kinds: ReadonlySet<Kind>;
  actors: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  /** Places events are mapped at (the map's marks); optional so views written before the map still type-check. */
  places?: ReadonlySet<string>;
  /** Words that must all appear in the title, summary or quotes. */
  q: string;
  /** Only events overlapping `[from, to)`, UTC ms (an embed's date range). */
  within?: readonly [number, number];
}

export const NO_FILTERS: Filters = { kinds: new Set(), actors: new Set(), sources: new Set(), q: '' };

/**
 * A test for events passing every filter except, optionally, one (to count what a filter would show).
 * @example matcher({ ...NO_FILTERS, q: 'talks' })(event) // true when "talks" is in its text
 */
export function matcher(filters: Filters, ignore?: 'kinds'): (event: TimelineEvent) => boolean {
  const words = filters.q.toLowerCase().split(/\s+/).filter(Boolean);
  return (e) =>
    (ignore === 'kinds' || filters.kinds.size === 0 || filters.kinds.has(e.kind)) &&
    (filters.actors.size === 0 || e.actors.some((a) => filters.actors.has(a))) &&
    (filters.sources.size === 0 || e.sources.some((s) => filters.sources.has(s))) &&
    (!filters.places?.size || (e.place !== undefined && filters.places.has(e.place))) &&
    (!filters.within || (e.end > filters.within[0] && e.start < filters.within[1])) &&
    words.every((w) => e.text.includes(w));
}
