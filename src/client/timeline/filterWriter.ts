import { countFiltered } from './countFiltered.ts';
import { countWriter } from './countWriter.ts';
import type { Filters } from './filterEvents.ts';
import { idleTask } from './idleTask.ts';
import { ListWriter } from './ListWriter.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/** Applies filters to the page; see filterWriter. */
export interface FilterWriter {
  /**
   * Writes the counts, shows the events that pass in the list (after the next frame when
   * `listLater`), and gives back the events shown, in time order.
   */
  (events: readonly TimelineEvent[], items: ReadonlyMap<string, HTMLElement>, filters: Filters, pending: number, listLater?: boolean): TimelineEvent[];
  /** Writes `visible` into the list again in idle time, as when entries have come into it (see RestOfList). */
  relist(events: readonly TimelineEvent[], items: ReadonlyMap<string, HTMLElement>, visible: readonly TimelineEvent[]): void;
  /** Drops a list write left for later: the element left the page. */
  stop(): void;
}

/**
 * Returns what applies filters to the page: it shows in the list the events that pass and hides
 * the rest (see ListWriter), writes in `root` the count of each kind and of events shown, and
 * gives back the events shown, in time order. While the canvas is the view, the list can follow
 * after the frame that shows the change (see idleTask); so does a first write that shows every event.
 * `pending` events of a large archive are still in pieces (see countFiltered).
 */
export function filterWriter(root: HTMLElement, list: HTMLElement): FilterWriter {
  const listWriter = new ListWriter(list);
  const writeCounts = countWriter(root);
  const listTask = idleTask();
  // The server wrote the list with every event shown: a first write that shows them all changes
  // nothing there, so it waits until after the first frame. ListWriter's first write reads every
  // entry's state (at 2,000 events 11 ms at the quickest of 7, on a loaded machine). It has an idle
  // task of its own, which any later write supersedes: a reader's change keeps its own timing.
  const served = idleTask();
  let first = true;
  const write = ((events, items, filters, pending, listLater = false) => {
    const { visible, perKind, shown, total } = countFiltered(events, filters, pending);
    const task = () => listWriter.write(items, events, visible);
    if (first && !listLater && visible.length === events.length) served.later(task);
    else {
      served.stop();
      listTask[listLater ? 'later' : 'now'](task);
    }
    first = false;
    writeCounts(perKind, shown, total);
    return visible;
  }) as FilterWriter;
  write.relist = (events, items, visible) => {
    served.stop();
    listTask.later(() => listWriter.write(items, events, visible));
  };
  write.stop = () => {
    served.stop();
    listTask.stop();
  };
  return write;
}
