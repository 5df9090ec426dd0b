import { NO_FILTERS, type Filters } from './filterEvents.ts';
import { wireFilterForm, writeFilters } from './filterForm.ts';
import { filterWriter } from './filterWriter.ts';
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
  readonly #write: ReturnType<typeof filterWriter>;

  constructor(root: HTMLElement, list: HTMLElement, data: TimelineData) {
    this.#data = data;
    this.#form = root.querySelector<HTMLFormElement>('form.filters');
    this.#write = filterWriter(root, list);
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
      changed(this.apply(), push);
    }, signal);
  }

  /** Applies the filters in force again, as after more of a large archive has loaded. */
  apply(): TimelineEvent[] {
    const { events, items } = this.#data;
    return (this.visible = this.#write(events, items, this.filters, this.#data.pendingCount()));
  }
}
