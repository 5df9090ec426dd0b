import type { Event } from '../lib/eventSchema.ts';
import { mapPlaces, type MapPlaces } from '../lib/geo/mapPlaces.ts';

const cache = new WeakMap<readonly Event[], MapPlaces>();

/**
 * mapPlaces of the timeline's events, worked out once per build: every event page asks for its
 * place's count, and each working it out again made the build grow with events².
 */
export function getMapPlaces(events: readonly Event[]): MapPlaces {
  let places = cache.get(events);
  if (!places) cache.set(events, (places = mapPlaces(events)));
  return places;
}
