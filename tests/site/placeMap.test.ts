import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { check } from '@placemarkio/check-geojson';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, Point } from 'geojson';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { readBaseMap, type BaseMapTopology } from '../../src/lib/geo/baseMap.ts';
import { locateEvent } from '../../src/lib/geo/locateEvent.ts';
import { mapPlaces } from '../../src/lib/geo/mapPlaces.ts';
import { builtFile } from '../helpers/builtSites.ts';

const dist = (file: string) => readFile(builtFile(file), 'utf8');
const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const base = readBaseMap(JSON.parse(await readFile('data/basemap.json', 'utf8')) as BaseMapTopology);
const { places } = mapPlaces(data.events);
const [w, s, e, n] = base.region.inset;
const drawable = places.filter((p) => p.longitude >= w && p.longitude <= e && p.latitude >= s && p.latitude <= n);

describe('the built reader page’s map', () => {
  test('has, in each drawing, one link per place with events (the inset’s included), and a table row for every place', async () => {
    const { document } = parseHTML(await dist('index.html'));
    for (const size of ['wide', 'narrow']) {
      const links = [...document.querySelectorAll(`#map :is(.chart-${size}, .map-inset) svg a`)].map((a) => a.getAttribute('href'));
      expect(links.sort(), size).toEqual(drawable.map((p) => `#${document.querySelector(`tr[data-place="${p.name}"]`)!.id}`).sort());
    }
    expect([...document.querySelectorAll('#map tbody tr')].map((tr) => tr.getAttribute('data-place'))).toEqual(places.map((p) => p.name));
  });

  test('says how many events it cannot show, and why', async () => {
    const { document } = parseHTML(await dist('index.html'));
    const unplaced = data.events.filter((x) => !locateEvent(x)).length;
    const note = document.querySelector('#map .map-unmapped');
    if (unplaced === 0) expect(note).toBeNull();
    else expect(note!.textContent).toMatch(new RegExp(`^\\s*${unplaced} events? not on the map: \\d+ because `));
  });

  test('weighs little: both drawings of the map and the inset together under 14 KB gzipped', async () => {
    const { document } = parseHTML(await dist('index.html'));
    const svg = [...document.querySelectorAll('#map svg')].map((x) => x.outerHTML).join('');
    expect(gzipSync(svg).length).toBeLessThan(14 * 1024);
  });
});

describe('the built event pages', () => {
  test.each(data.events.map((x) => [x.id, x] as const))('%s has a locator when the event has a place to map, a sentence when not', async (id, event) => {
    const { document } = parseHTML(await dist(`events/${id}/index.html`));
    const located = locateEvent(event);
    const link = document.querySelector('.event-locator svg a');
    if (located && drawable.some((p) => p.name === located.place.name)) expect(link!.getAttribute('href')).toBe(`/?places=${encodeURIComponent(located.place.name)}#map`);
    else expect(link).toBeNull();
    expect(document.querySelector('.event-locator, .no-locator')).not.toBeNull();
  });
});

describe('the built /events.geojson', () => {
  test('is valid GeoJSON with one point per event that has a place to map, each inside its country on the base map', async () => {
    const collection = check(await dist('events.geojson')) as FeatureCollection<Point, { country: string | null }>;
    expect(collection.features.map((f) => f.id)).toEqual(data.events.filter((x) => locateEvent(x)).map((x) => x.id));
    for (const feature of collection.features) {
      const country = base.countries.features.find((c) => c.properties.name === feature.properties.country);
      // The base map holds the countries of the inset; a place beyond it has no outline to test against.
      if (country) expect(geoContains(country, feature.geometry.coordinates as [number, number]), String(feature.id)).toBe(true);
    }
  });
});
