import type { Event, Kind, Place } from '../eventSchema.ts';
import { KINDS } from '../ontology.ts';
import { locateEvent } from './locateEvent.ts';
import { whyUnmapped, type Unmapped } from './whyUnmapped.ts';

/** A place on the map: where one or more events are located (locateEvent), with what happened there. */
export interface MapPlace {
  name: string;
  admin1?: string;
  country?: string;
  kind?: Place['kind'];
  latitude: number;
  longitude: number;
  /** The events located here, in timeline order. */
  events: Pick<Event, 'id' | 'title' | 'kind' | 'date'>[];
  /** The kind most of its events are (the ontology's order breaks a tie): the mark's colour. */
  kind0: Kind;
}

export interface MapPlaces {
  places: MapPlace[];
  /** Events with no point on the map, by reason. */
  unmapped: Record<Unmapped, Pick<Event, 'id' | 'title'>[]>;
}

/**
 * Groups events by the place each is mapped at, busiest first (then by name), and sets aside
 * the events that cannot be mapped, with why.
 * @example mapPlaces(events).places[0] // { name: 'Chanthaburi', events: [...], kind0: 'talks', … }
 */
export function mapPlaces(events: readonly Event[]): MapPlaces {
  const byName = new Map<string, MapPlace>();
  const unmapped: MapPlaces['unmapped'] = { 'no-place': [], 'country-only': [], 'no-coordinates': [] };
  for (const event of events) {
    const located = locateEvent(event);
    if (!located) {
      unmapped[whyUnmapped(event)!].push({ id: event.id, title: event.title });
      continue;
    }
    const { place } = located;
    let entry = byName.get(place.name);
    if (!entry) {
      entry = {
        name: place.name,
        ...(place.admin1 ? { admin1: place.admin1 } : {}),
        ...(place.country ? { country: place.country } : {}),
        ...(place.kind ? { kind: place.kind } : {}),
        latitude: located.latitude,
        longitude: located.longitude,
        events: [],
        kind0: event.kind,
      };
      byName.set(place.name, entry);
    }
    entry.events.push({ id: event.id, title: event.title, kind: event.kind, date: event.date });
  }
  const places = [...byName.values()].map((p) => ({ ...p, kind0: mostCommonKind(p.events.map((e) => e.kind)) }));
  places.sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name));
  return { places, unmapped };
}

function mostCommonKind(kinds: Kind[]): Kind {
  const counts = new Map<Kind, number>();
  for (const k of kinds) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || KINDS.indexOf(a) - KINDS.indexOf(b))[0]![0];
}
