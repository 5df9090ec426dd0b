import { DAY_MS } from '../../lib/dayMs.ts';
import type { Filters } from './filterEvents.ts';
import { parseDay } from './parseDay.ts';
import type { ViewState } from './viewState.ts';

/** What a view asks of the timeline: the filters to apply, the range to show, and whether every event must be at hand. */
export interface ViewFilters {
  filters: Filters;
  /** UTC ms; undefined ends mean the edge of the timeline. */
  range: [number | undefined, number | undefined];
  /** A search or a filter needs every event: a large archive's pieces all come. */
  everything: boolean;
}

/**
 * The filters and range of a view. An embed shows only the range it was asked for (the range
 * becomes a filter); the reader page only scrolls to it.
 * @example viewFilters({ filters: NO_FILTERS, from: '2025-07-24', to: '2025-07-28' }, true).filters.within // [Date.UTC(2025, 6, 24), Date.UTC(2025, 6, 29)]
 */
export function viewFilters(state: ViewState, embedded: boolean): ViewFilters {
  const from = state.from ? parseDay(state.from) : undefined;
  const to = state.to ? parseDay(state.to)! + DAY_MS : undefined;
  const within = embedded && (from !== undefined || to !== undefined) ? ([from ?? -Infinity, to ?? Infinity] as const) : undefined;
  const { kinds, actors, sources, places, q } = state.filters;
  return {
    filters: within ? { ...state.filters, within } : state.filters,
    range: [from, to],
    everything: kinds.size + actors.size + sources.size + (places?.size ?? 0) > 0 || q.trim() !== '',
  };
}
