import { readFile } from 'node:fs/promises';
import { geoContains, geoDistance } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { PlacesFile } from '../../scripts/lib/extract/lexicon/lexiconSchema.ts';

// The committed gazetteer's coordinates, checked against Natural Earth's countries (world-atlas,
// the base map's own source): a latitude and longitude swapped, a sign lost or a digit mistyped
// puts a place in the wrong country or the sea.
const places = PlacesFile.parse(parse(await readFile('scripts/lexicon/places.yaml', 'utf8')));
const world = JSON.parse(await readFile('node_modules/world-atlas/countries-10m.json', 'utf8'));
const countries = (feature(world, world.objects.countries) as unknown as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features;
const shapeOf = (name: string) => countries.find((c) => c.properties.name === name);
/** Kilometres from a point to the nearest point of a country, searched on a 0.005° grid within 0.05°. */
const kmToCountry = (lon: number, lat: number, name: string) => {
  const shape = shapeOf(name)!;
  let best = Infinity;
  for (let i = -10; i <= 10; i++) for (let j = -10; j <= 10; j++) {
    const [x, y] = [lon + i * 0.005, lat + j * 0.005];
    if (geoContains(shape, [x, y])) best = Math.min(best, geoDistance([lon, lat], [x, y]) * 6371);
  }
  return best;
};

describe('the gazetteer’s coordinates (scripts/lexicon/places.yaml)', () => {
  test('every place but a country has coordinates and names their source; a country has none', () => {
    expect(places.filter((p) => (p.kind === 'country') === (p.coordinates !== undefined)).map((p) => p.name)).toEqual([]);
    expect(places.filter((p) => p.coordinates && !/GeoNames|Natural Earth|Wikipedia/.test(p.coordinatesSource ?? '')).map((p) => p.name)).toEqual([]);
  });

  test('coordinates are rounded to 0.001°, the precision the header states', () => {
    const finer = places.filter((p) => p.coordinates && [p.coordinates.latitude, p.coordinates.longitude].some((x) => Math.round(x * 1000) / 1000 !== x));
    expect(finer.map((p) => p.name)).toEqual([]);
  });

  test('each place lies in its country, or, on the border itself, within 5 km of it', () => {
    const wrong = places.flatMap((p) => {
      if (!p.coordinates) return [];
      const { latitude, longitude } = p.coordinates;
      const shape = shapeOf(p.country);
      if (!shape) return [`${p.name}: no country named ${p.country} in Natural Earth`];
      if (geoContains(shape, [longitude, latitude])) return [];
      const km = kmToCountry(longitude, latitude, p.country);
      return km <= 5 ? [] : [`${p.name}: ${Number.isFinite(km) ? `${km.toFixed(1)} km` : 'over 5 km'} outside ${p.country}`];
    });
    expect(wrong).toEqual([]);
  });

  test('refuses coordinates without their source', () => {
    const entry = { name: 'X', aliases: ['X'], country: 'Thailand', kind: 'city', coordinates: { latitude: 14, longitude: 103 } };
    expect(PlacesFile.safeParse([entry]).success).toBe(false);
    expect(PlacesFile.safeParse([{ ...entry, coordinatesSource: 'GeoNames' }]).success).toBe(true);
    expect(PlacesFile.safeParse([{ ...entry, coordinates: { latitude: 103, longitude: 14 }, coordinatesSource: 'GeoNames' }]).success).toBe(false);
  });
});
