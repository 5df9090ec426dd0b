import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type Box = [west: number, south: number, east: number, north: number];

/** data/basemap.json: the committed TopoJSON that `npm run basemap` writes (scripts/baseMap.ts). */
export interface BaseMapTopology extends Topology<{ countries: GeometryCollection<{ name: string }>; provinces: GeometryCollection<{ name: string; code: string; country: string }>; inset: GeometryCollection<{ name: string }> }> {
  region: { name: string; frame: Box; inset: Box; border: [string, string]; /** Codes of the provinces named on the map. */ labels: string[] };
  source: string;
  licence: string;
}

/** The base map as GeoJSON, ready to draw. */
export interface BaseMap {
  region: BaseMapTopology['region'];
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  /** The countries again, coarser (1:110m), for the inset. */
  insetCountries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  provinces: FeatureCollection<Polygon | MultiPolygon, { name: string; code: string; country: string }>;
  /** The boundary the two sides share, drawn boldest. */
  border: MultiLineString;
  /** Every other international boundary, and the provinces' boundaries. */
  boundaries: MultiLineString;
  provinceLines: MultiLineString;
}

/**
 * Opens the committed TopoJSON into the shapes the map draws: lines shared by two shapes come out
 * once (topojson's mesh), so no border is stroked twice.
 * @example readBaseMap(topology).border.coordinates.length // > 0
 */
export function readBaseMap(topology: BaseMapTopology): BaseMap {
  const { countries, provinces } = topology.objects;
  const [a, b] = topology.region.border;
  const named = (name: string) => (g: object) => (g as { properties?: { name?: string } }).properties?.name === name;
  return {
    region: topology.region,
    countries: feature(topology, countries) as BaseMap['countries'],
    provinces: feature(topology, provinces) as BaseMap['provinces'],
    insetCountries: feature(topology, topology.objects.inset) as BaseMap['insetCountries'],
    border: mesh(topology, countries, (x, y) => x !== y && ((named(a)(x) && named(b)(y)) || (named(b)(x) && named(a)(y)))),
    boundaries: mesh(topology, countries, (x, y) => x !== y),
    provinceLines: mesh(topology, provinces, (x, y) => x !== y),
  };
}

export type { Feature };
