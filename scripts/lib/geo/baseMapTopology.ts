import rewind from '@mapbox/geojson-rewind';
import { geoBounds } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { BaseMapTopology, Box } from '../../../src/lib/geo/baseMap.ts';
import type { Region } from './regionSchema.ts';

type Shape = Feature<Polygon | MultiPolygon, Record<string, unknown>>;

export interface BaseMapSources {
  /** world-atlas's countries TopoJSON (Natural Earth admin-0, 1:10m). */
  world: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  /** The same at 1:110m, for the inset, where finer coastlines would be all weight and no sight. */
  coarse: Topology<{ countries: GeometryCollection<{ name: string }> }>;
  /** Natural Earth's admin-1 states and provinces, as GeoJSON. */
  admin1: FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>>;
  /** What to say of where the data came from, written into the file. */
  source: string;
}

export interface BaseMapOptions {
  /** Fraction of the shapes' points to keep, by Visvalingam weight (topojson-simplify). */
  keep: number;
  /** Grid the coordinates are rounded to: more is finer and larger. */
  quantization: number;
}

const overlaps = ([w, s, e, n]: Box, shape: Shape) => {
  const [[west, south], [east, north]] = geoBounds(shape);
  // A shape across the antimeridian (west > east) lies far from any region this map is for.
  return west <= east && west < e && east > w && south < n && north > s;
};

/**
 * The region's base map as one TopoJSON: the countries that reach into the inset's frame, and
 * the first-level regions of the region's countries that reach into the main frame, simplified
 * together so neighbouring shapes keep sharing their edges. Shapes are kept whole, not cut at the
 * frame: the projection clips them when drawn.
 * @example baseMapTopology(sources, region, { keep: 0.05, quantization: 1e5 }).objects.provinces.geometries.length // 42
 */
export function baseMapTopology(sources: BaseMapSources, region: Region, options: BaseMapOptions): BaseMapTopology {
  const countriesOf = (world: BaseMapSources['world'], box: Box) => (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>).features
    .filter((c) => overlaps(box, c as Shape))
    .map((c): Shape => ({ type: 'Feature', properties: { name: c.properties.name }, geometry: c.geometry }));
  // The main map's countries at 1:10m reach as far as the inset, so the map can be redrawn wider
  // (an event page's place beyond the frame) without another file.
  const countries = countriesOf(sources.world, region.inset);
  const insetCountries = countriesOf(sources.coarse, region.inset);
  const wanted = new Set(region.provinces);
  // Natural Earth's GeoJSON winds outer rings anticlockwise (RFC 7946); d3-geo, which draws
  // and measures them, reads a ring's inside as the side on its right: clockwise it must be.
  const admin1 = rewind(structuredClone(sources.admin1), true) as BaseMapSources['admin1'];
  const provinces = admin1.features
    .filter((p) => wanted.has(String(p.properties.iso_a2)) && overlaps(region.frame, p))
    .map((p): Shape => {
      const code = String(p.properties.iso_3166_2);
      const name = region.names[code] ?? String(p.properties.name_en ?? p.properties.name);
      return { type: 'Feature', properties: { name, code, country: String(p.properties.iso_a2) }, geometry: p.geometry };
    })
    .sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code)));
  const collection = (features: Shape[]): FeatureCollection => ({ type: 'FeatureCollection', features });
  const whole = presimplify(topology({ countries: collection(countries), provinces: collection(provinces), inset: collection(insetCountries) }) as unknown as Parameters<typeof presimplify>[0]);
  // quantile's weights run from the largest down: its `keep` quantile keeps that fraction of points.
  const topo = quantize(simplify(whole, quantile(whole, options.keep)), options.quantization);
  return {
    ...(topo as unknown as BaseMapTopology),
    region: { name: region.name, frame: region.frame, inset: region.inset, border: region.border, labels: region.labels },
    source: sources.source,
    licence: 'Natural Earth: public domain (https://www.naturalearthdata.com/about/terms-of-use/). world-atlas: ISC licence.',
  };
}
