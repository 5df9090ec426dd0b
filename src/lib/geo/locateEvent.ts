import type { Event, Place } from '../eventSchema.ts';
import { geoPrecision } from './geoPrecision.ts';

/** Where an event is put on a map: one of its places, with that place's coordinates. */
export interface EventLocation {
  place: Place;
  latitude: number;
  longitude: number;
  /** ACLED's 1 (the place itself), 2 (its district) or 3 (its province). */
  geoPrecision: 1 | 2 | 3;
}

/**
 * The event's most specific place that has coordinates (ACLED codes an event at the most
 * precise location its reports give); of equally specific places, the first named. Undefined
 * when no place of the event has both coordinates and a kind finer than a country.
 * @example locateEvent({ places: [thailand, chanthaburi] })?.geoPrecision // 3
 */
export function locateEvent(event: Pick<Event, 'places'>): EventLocation | undefined {
  let best: EventLocation | undefined;
  for (const place of event.places) {
    const precision = geoPrecision(place.kind);
    if (precision === undefined || place.latitude === undefined || place.longitude === undefined) continue;
    if (best && best.geoPrecision <= precision) continue;
    best = { place, latitude: place.latitude, longitude: place.longitude, geoPrecision: precision };
  }
  return best;
}
