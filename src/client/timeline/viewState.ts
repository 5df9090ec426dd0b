import { parseDay } from './parseDay.ts';
import { LEGACY_KINDS, TYPE_KINDS, type Kind } from '../../lib/ontology.ts';
import { NO_FILTERS, type Filters } from './filterEvents.ts';

/** Everything a shared link restores: filters, the selected event and the visible range. */
export interface ViewState {
  filters: Filters;
  event?: string;
  /** Visible range as UTC days, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

/** The values a link may name; anything else is ignored with a warning. */
export interface Known {
  kinds: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  /** Places events are mapped at; a page without a map knows none. */
  places?: ReadonlySet<string>;
}

const MAX_QUERY = 200;

/**
 * Reads the view from a URL's query, checking every value against what the page holds.
 * Unknown or malformed values are dropped and described in `warnings`, never echoed into the page;
 * kinds from before the event ontology are read as the kinds they became, with a warning.
 * @example parseViewState(new URLSearchParams('kinds=talks,battle'), known).warnings // ['invalid kinds: battle (expected one of …)']
 */
export function parseViewState(params: URLSearchParams, known: Known): { state: ViewState; warnings: string[] } {
  const warnings: string[] = [];
  const list = (name: string, allowed: ReadonlySet<string>, rename: (value: string) => string = (v) => v): Set<string> => {
    const raw = params.get(name);
    if (raw === null || raw === '') return new Set();
    const values = raw.split(',').map((v) => rename(v.trim())).filter(Boolean);
    const bad = values.filter((v) => !allowed.has(v));
    if (bad.length > 0) warnings.push(`invalid ${name}: ${bad.join(', ')} (expected one of ${[...allowed].join(', ')})`);
    return new Set(values.filter((v) => allowed.has(v)));
  };
  const day = (name: string): string | undefined => {
    const raw = params.get(name);
    if (raw === null || raw === '') return undefined;
    if (parseDay(raw) !== undefined) return raw;
    warnings.push(`invalid ${name}: ${raw.slice(0, 40)} (expected a date YYYY-MM-DD)`);
    return undefined;
  };
  // Links and embeds written before the event ontology name its old kinds: they keep working.
  const renameKind = (value: string) => {
    if (!Object.hasOwn(LEGACY_KINDS, value)) return value;
    const kind = TYPE_KINDS[LEGACY_KINDS[value]!];
    warnings.push(`renamed kinds: ${value} is now ${kind} (update the link)`);
    return kind;
  };
  const places = list('places', known.places ?? new Set());
  let q = params.get('q') ?? '';
  if (q.length > MAX_QUERY) {
    warnings.push(`invalid q: longer than ${MAX_QUERY} characters`);
    q = q.slice(0, MAX_QUERY);
  }
  let event = params.get('event') ?? undefined;
  if (event !== undefined && !known.ids.has(event)) {
    warnings.push(`invalid event: ${event.slice(0, 60)} (expected the id of an event on this page)`);
    event = undefined;
  }
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) {
    warnings.push(`invalid range: from ${from} is after to ${to}`);
    from = to = undefined;
  }
  return {
    state: {
      filters: { kinds: list('kinds', known.kinds, renameKind) as Set<Kind>, actors: list('actors', known.actors), sources: list('sources', known.sources), ...(places.size > 0 ? { places } : {}), q },
      ...(event ? { event } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    },
    warnings,
  };
}

/**
 * The query that restores a view; default values are left out so links stay short.
 * @example serializeViewState({ filters: { ...NO_FILTERS, q: 'talks' } }).toString() // 'q=talks'
 */
export function serializeViewState(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { filters } = state;
  if (filters.kinds.size > 0) params.set('kinds', [...filters.kinds].sort().join(','));
  if (filters.actors.size > 0) params.set('actors', [...filters.actors].sort().join(','));
  if (filters.sources.size > 0) params.set('sources', [...filters.sources].sort().join(','));
  if (filters.places?.size) params.set('places', [...filters.places].sort().join(','));
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (state.event) params.set('event', state.event);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  return params;
}

export const EMPTY_VIEW: ViewState = { filters: NO_FILTERS };
