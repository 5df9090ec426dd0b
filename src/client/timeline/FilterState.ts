import { canvasIsView } from './canvasIsView.ts';
import { NO_FILTERS, type Filters } from './filterEvents.ts';
import { wireFilterForm, writeFilters } from './filterForm.ts';
import { filterWriter, type FilterWriter } from './filterWriter.ts';
import type { TimelineData } from './TimelineData.ts';
import type { TimelineEvent } from './timelineEvent.ts';

/**
 * The filters in force and the events they show. Applying filters shows them in the list and the
 * counts (filterWriter), and in the form when they came from elsewhere (a link, back/forward).
 */
export class FilterState {
  filters: Filters = NO_FILTERS;
  /** The events the filters show, in time order. */
  visible: TimelineEvent[] = [];
  readonly #data: TimelineData;
  readonly #form: HTMLFormElement | null;
  readonly #write: FilterWriter;
  readonly #listLater: () => boolean;

  /**
   * `listLater` says whether the list may follow a reader's change after the frame that shows it:
   * by default while the element's canvas is the view (see canvasIsView); otherwise the list is
   * the view, and follows at once.
   */
  constructor(root: HTMLElement, list: HTMLElement, data: TimelineData, listLater = () => canvasIsView(root)) {
    this.#data = data;
    this.#form = root.querySelector<HTMLFormElement>('form.filters');
    this.#write = filterWriter(root, list);
    this.#listLater = listLater;
  }

  /** Applies `filters`, from a view, and sets the form's fields to them. */
  show(filters: Filters): TimelineEvent[] {
    this.filters = filters;
    if (this.#form) writeFilters(this.#form, filters);
    return this.apply();
  }

  /**
   * Applies the form's filters whenever the reader changes them (see wireFilterForm), then tells
   * `changed` the events shown. An embed's range, which the form has no field for, stays as the view set it.
   */
  wireForm(kindCount: number, changed: (visible: readonly TimelineEvent[], push: boolean) => void, signal: AbortSignal): void {
    if (this.#form) wireFilterForm(this.#form, kindCount, (filters, push) => {
      this.filters = { ...filters, within: this.filters.within };
      changed(this.apply(this.#listLater()), push);
    }, signal);
    signal.addEventListener('abort', () => this.#write.stop());
  }

  /** Writes the filters in force into the list again after the next frame, as when entries of its rest have come (see RestOfList). */
  relist(): void {
    const { events, items } = this.#data;
    // Every event shown: entries come as the server wrote them, shown and spaced as among all,
    // which is what a write would leave (at 10,000 events a write an idle slice, for nothing).
    if (this.visible.length === events.length) return;
    this.#write.relist(events, items, this.visible);
  }

  /**
   * Applies the filters in force again, as after more of a large archive has loaded; the list
   * follows after the next frame when `listLater`, at once otherwise.
   */
  apply(listLater = false): TimelineEvent[] {
    const { events, items } = this.#data;
    return (this.visible = this.#write(events, items, this.filters, this.#data.pendingCount(), listLater));
  }
}
