import { countFiltered } from './countFiltered.ts';
import { countWriter } from './countWriter.ts';
import type { Filters } from './filterEvents.ts';
import { ListWriter } from './ListWriter.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/**
 * Returns what applies filters to the page: it shows in the list the events that pass and hides
 * the rest (see ListWriter), writes in `root` the count of each kind and of events shown, and
 * gives back the events shown, in time order.
 * `pending` events of a large archive are still in pieces (see countFiltered).
 */
export function filterWriter(root: HTMLElement, list: HTMLElement): (events: readonly TimelineEvent[], items: ReadonlyMap<string, HTMLElement>, filters: Filters, pending: number) => TimelineEvent[] {
  const listWriter = new ListWriter(list);
  const writeCounts = countWriter(root);
  return (events, items, filters, pending) => {
    const { visible, perKind, shown, total } = countFiltered(events, filters, pending);
    listWriter.write(items, events, visible);
    writeCounts(perKind, shown, total);
    return visible;
  };
}
