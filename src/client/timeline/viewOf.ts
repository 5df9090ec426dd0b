import type { Filters } from './filterEvents.ts';
import { dayOf } from './parseDay.ts';
import type { ViewState } from './viewState.ts';

/**
 * The view a timeline shows, as a shareable state: its filters, the selected event, and the range
 * (UTC ms, end excluded) only when zoomed, as the days it covers.
 * @example viewOf(NO_FILTERS, 'a', [Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1)]) // { filters, event: 'a', from: '2025-07-01', to: '2025-07-31' }
 */
export function viewOf(filters: Filters, selected: string | undefined, zoomed: readonly [number, number] | undefined): ViewState {
  return { filters, ...(selected ? { event: selected } : {}), ...(zoomed ? { from: dayOf(zoomed[0]), to: dayOf(zoomed[1] - 1) } : {}) };
}
