import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { baseMapTopology } from '../../scripts/lib/geo/baseMapTopology.ts';
import { RegionFile } from '../../scripts/lib/geo/regionSchema.ts';
import { readBaseMap, type BaseMapTopology } from '../../src/lib/geo/baseMap.ts';

const text = await readFile('data/basemap.json', 'utf8');
const committed = JSON.parse(text) as BaseMapTopology;
const world = JSON.parse(await readFile('node_modules/world-atlas/countries-10m.json', 'utf8'));
const coarse = JSON.parse(await readFile('node_modules/world-atlas/countries-110m.json', 'utf8'));

/** A square province, wound anticlockwise as Natural Earth's GeoJSON is (RFC 7946). */
const square = (code: string, country: string, west: number, south: number, size = 1) => ({
  type: 'Feature' as const,
  properties: { iso_a2: country, iso_3166_2: code, name: `N ${code}`, name_en: `E ${code}` },
  geometry: { type: 'Polygon' as const, coordinates: [[[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]]] },
});
const region = RegionFile.parse({ name: 'test', frame: [102, 12, 105, 15], inset: [95, 0, 115, 20], provinces: ['TH', 'KH'], border: ['Thailand', 'Cambodia'], names: { 'KH-1': 'Banteay Meanchey' } });
const admin1: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>> = {
  type: 'FeatureCollection',
  features: [square('KH-1', 'KH', 102.5, 13), square('TH-22', 'TH', 101.5, 12.5), square('TH-50', 'TH', 98.5, 18.5), square('LA-1', 'LA', 103, 14)],
};

describe('baseMapTopology', () => {
  const topo = baseMapTopology({ world, coarse, admin1, source: 'test' }, region, { keep: 0.1, quantization: 1e4 });
  const map = readBaseMap(topo);

  test('keeps the provinces of the region’s countries that reach into the frame, named as the region says', () => {
    expect(map.provinces.features.map((p) => [p.properties.code, p.properties.name])).toEqual([['KH-1', 'Banteay Meanchey'], ['TH-22', 'E TH-22']]);
  });

  test('keeps the countries that reach into the inset, and none far away', () => {
    const names = map.countries.features.map((c) => c.properties.name);
    expect(names).toEqual(expect.arrayContaining(['Thailand', 'Cambodia', 'Laos', 'Vietnam', 'Malaysia']));
    expect(names).not.toContain('Brazil');
  });

  test('rewinds Natural Earth’s rings so that d3-geo reads a province as the small area inside it, not the rest of the globe', () => {
    const province = map.provinces.features[0]!;
    expect(geoContains(province, [103, 13.5])).toBe(true);
    expect(geoContains(province, [0, 0])).toBe(false);
  });

  test('gives the border the two sides share, and records its source and licence', () => {
    expect(map.border.coordinates.length).toBeGreaterThan(0);
    expect(topo.source).toBe('test');
    expect(topo.licence).toMatch(/Natural Earth: public domain/);
  });
});

describe('the committed base map (data/basemap.json)', () => {
  test('stays under 60 KB gzipped, and says where it comes from and under what licence', () => {
    expect(gzipSync(text).length).toBeLessThan(60 * 1024);
    expect(committed.source).toMatch(/Natural Earth/);
    expect(committed.licence).toMatch(/public domain/);
  });

  test('holds the region scripts/geo/region.yaml describes, with the two sides and their border provinces', async () => {
    const { parse } = await import('yaml');
    const described = RegionFile.parse(parse(await readFile('scripts/geo/region.yaml', 'utf8')));
    expect(committed.region).toEqual({ name: described.name, frame: described.frame, inset: described.inset, border: described.border, labels: described.labels });
    const map = readBaseMap(committed);
    const codes = new Set(map.provinces.features.map((p) => p.properties.code));
    expect(described.labels.filter((code) => !codes.has(code))).toEqual([]);
    expect(map.countries.features.map((c) => c.properties.name)).toEqual(expect.arrayContaining(described.border));
  });
});
