import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { placesWithoutCoordinates } from '../../src/lib/geo/placesWithoutCoordinates.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const event = (id: string, places: object[]) => ({ id, date: '2025-12-08', kind: 'fighting', status: 'occurred', title: id, summary: 's', places, citations: [{ source: 'a.txt', quote: 'q' }] });
const file = (events: object[]) => {
  const text = JSON.stringify({ sources: [], events }, null, 2);
  return { text, data: EventsFile.parse(JSON.parse(text)) };
};

describe('placesWithoutCoordinates', () => {
  test('warns once per place without coordinates, at its first use, and says where to add them', () => {
    const { text, data } = file([
      event('a', [{ name: 'Thailand', country: 'Thailand', kind: 'country' }, { name: 'Surin', kind: 'province', latitude: 14.9, longitude: 103.6 }]),
      event('b', [{ name: 'Thnal Bek', kind: 'village', unverified: true }]),
      event('c', [{ name: 'Thnal Bek', kind: 'village', unverified: true }, { name: 'Kap Choeng', kind: 'district', country: 'Thailand' }]),
    ]);
    expect(placesWithoutCoordinates('data/events.json', text, data).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "data/events.json:39:9  events[1].places[0]: warning: the place "Thnal Bek" (named by 2 events) has no coordinates; an event none of whose places has them is left off the map and has none in the exports (add "Thnal Bek" to scripts/lexicon/places.yaml with its kind, admin1, country, coordinates and coordinatesSource, then run npm run extract) [place-without-coordinates]",
        "data/events.json:65:9  events[2].places[1]: warning: the place "Kap Choeng" (named by 1 event) has no coordinates; an event none of whose places has them is left off the map and has none in the exports (add coordinates and coordinatesSource to the entry "Kap Choeng" in scripts/lexicon/places.yaml (see its header), then run npm run extract) [place-without-coordinates]",
      ]
    `);
  });

  test('has nothing to say when every place but a country has coordinates', () => {
    const { text, data } = file([event('a', [{ name: 'Cambodia', country: 'Cambodia', kind: 'country' }])]);
    expect(placesWithoutCoordinates('data/events.json', text, data)).toEqual([]);
  });
});
