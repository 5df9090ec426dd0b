import type { Event } from '../eventSchema.ts';
import { locateEvent } from './locateEvent.ts';

/** Why an event has no point on the map; the map says so, with a count for each reason. */
export type Unmapped = 'no-place' | 'country-only' | 'no-coordinates';

/**
 * Why an event cannot be put on the map, or undefined when it can: its reports name no place,
 * only a country, or places the gazetteer (scripts/lexicon/places.yaml) has no coordinates for.
 * @example whyUnmapped({ places: [] }) // 'no-place'
 */
export function whyUnmapped(event: Pick<Event, 'places'>): Unmapped | undefined {
  if (locateEvent(event)) return undefined;
  if (event.places.length === 0) return 'no-place';
  if (event.places.every((p) => p.kind === 'country')) return 'country-only';
  return 'no-coordinates';
}
