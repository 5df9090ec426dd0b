import type { Event } from '../eventSchema.ts';
import { locateEvent } from '../geo/locateEvent.ts';
import type { ExportInput } from './exportInput.ts';

/** One event as a GeoJSON Feature (RFC 7946): its location as a Point, its fields as properties. */
export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [longitude: number, latitude: number] };
  properties: Event & { url: string; location: string; admin1: string | null; country: string | null; geo_precision: 1 | 2 | 3 };
}

export interface EventsGeoJson {
  type: 'FeatureCollection';
  /** [west, south, east, north] of every point, when there is any. */
  bbox?: [number, number, number, number];
  features: EventFeature[];
}

/**
 * The events that have a place with coordinates, one Point each at their most specific place
 * (see locateEvent), with every field of the event as properties, plus the ACLED-named location
 * fields and the event's page. Events without such a place are left out, never placed at a guess.
 * RFC 7946 order: longitude first.
 * @example eventsGeoJson(input).features[0].geometry // { type: 'Point', coordinates: [102.139, 12.812] }
 */
export function eventsGeoJson(input: Pick<ExportInput, 'events' | 'eventUrl'>): EventsGeoJson {
  const features = input.events.flatMap((event): EventFeature[] => {
    const located = locateEvent(event);
    if (!located) return [];
    return [{
      type: 'Feature',
      id: event.id,
      geometry: { type: 'Point', coordinates: [located.longitude, located.latitude] },
      properties: {
        ...event,
        url: input.eventUrl(event.id),
        location: located.place.name,
        admin1: located.place.admin1 ?? null,
        country: located.place.country ?? null,
        geo_precision: located.geoPrecision,
      },
    }];
  });
  if (features.length === 0) return { type: 'FeatureCollection', features };
  const longitudes = features.map((f) => f.geometry.coordinates[0]);
  const latitudes = features.map((f) => f.geometry.coordinates[1]);
  return {
    type: 'FeatureCollection',
    bbox: [Math.min(...longitudes), Math.min(...latitudes), Math.max(...longitudes), Math.max(...latitudes)],
    features,
  };
}
