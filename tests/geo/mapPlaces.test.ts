import { describe, expect, test } from 'vitest';
import { Event, type Place } from '../../src/lib/eventSchema.ts';
import { mapPlaces } from '../../src/lib/geo/mapPlaces.ts';
import { placeAnchor } from '../../src/lib/geo/placeAnchor.ts';
import { placeLabel } from '../../src/lib/geo/placeLabel.ts';

const surin: Place = { name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province', latitude: 14.936, longitude: 103.588 };
const poipet: Place = { name: 'Poipet', admin1: 'Banteay Meanchey', country: 'Cambodia', kind: 'city', latitude: 13.658, longitude: 102.564 };
const event = (id: string, kind: Event['kind'], places: Place[]) =>
  Event.parse({ id, date: '2025-12-08', kind, status: 'occurred', title: id, summary: 's', places, citations: [{ source: 'a.txt', quote: 'q' }] });

describe('mapPlaces', () => {
  const events = [
    event('a', 'fighting', [surin]),
    event('b', 'statement', [surin]),
    event('c', 'statement', [surin]),
    event('d', 'talks', [poipet]),
    event('e', 'talks', []),
    event('f', 'talks', [{ name: 'Thailand', country: 'Thailand', kind: 'country' }]),
  ];

  test('groups events by the place each is located at, busiest first, and colours a place by the kind most of its events are', () => {
    const { places } = mapPlaces(events);
    expect(places.map((p) => [p.name, p.events.map((e) => e.id), p.kind0])).toEqual([
      ['Surin', ['a', 'b', 'c'], 'statement'],
      ['Poipet', ['d'], 'talks'],
    ]);
  });

  test('breaks a tie between kinds by the ontology’s order, so the colour does not depend on the events’ order', () => {
    const tied = mapPlaces([event('x', 'statement', [surin]), event('y', 'fighting', [surin])]);
    expect(tied.places[0]!.kind0).toBe('fighting');
  });

  test('sets aside the events it cannot place, with why', () => {
    const { unmapped } = mapPlaces(events);
    expect(unmapped['no-place'].map((e) => e.id)).toEqual(['e']);
    expect(unmapped['country-only'].map((e) => e.id)).toEqual(['f']);
    expect(unmapped['no-coordinates']).toEqual([]);
  });
});

describe('placeLabel and placeAnchor', () => {
  test.each([
    [{ name: 'Ta Kwai temple', admin1: 'Surin', country: 'Thailand' }, 'Ta Kwai temple, Surin, Thailand'],
    [{ name: 'Chanthaburi', admin1: 'Chanthaburi', country: 'Thailand' }, 'Chanthaburi, Thailand'],
    [{ name: 'Thailand', country: 'Thailand' }, 'Thailand'],
  ])('labels %j as "%s"', (place, label) => {
    expect(placeLabel(place)).toBe(label);
  });

  test.each([
    ['Ta Kwai temple', 'place-ta-kwai-temple'],
    ['Preah Vihear, "the temple"', 'place-preah-vihear-the-temple'],
    ['Sa Kaeo', 'place-sa-kaeo'],
    ['!!', 'place-unnamed'],
  ])('anchors the table row of %s at #%s', (name, anchor) => {
    expect(placeAnchor(name)).toBe(anchor);
  });
});
