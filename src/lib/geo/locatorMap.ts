import * as Plot from '@observablehq/plot';
import { geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPoint, Polygon } from 'geojson';
import { chartDocument } from '../charts/svgMarkup.ts';
import type { BaseMap, Box } from './baseMap.ts';
import { layoutMapLabels, markBox } from './layoutMapLabels.ts';
import { mapMarkup } from './mapMarkup.ts';
import type { MapPlace } from './mapPlaces.ts';

export interface LocatorMapOptions {
  /** Width in SVG units; the height follows from the frame. */
  width: number;
  /** Name of the map as a whole, read before its places. */
  label: string;
  /** Where a place's link goes. */
  href: (place: MapPlace) => string;
  /** A place's link's name and tooltip: its name and how many events. */
  describe: (place: MapPlace) => string;
  /** Draw the inset that locates the frame in its wider region (default true). */
  inset?: boolean;
  /** Name the region's border provinces (default true). */
  provinceNames?: boolean;
  /** Size of the text, in SVG units (default 12). */
  fontSize?: number;
  /** Draw the wider region (the inset's frame) as the main map, for a place beyond the region's frame. */
  wide?: boolean;
}

export interface LocatorMap {
  /** The main map's SVG. */
  main: string;
  /** The inset's SVG, when asked for. */
  inset?: string;
  /** The places each drawing marks; a place outside both frames is in neither. */
  inFrame: MapPlace[];
  inInset: MapPlace[];
  outside: MapPlace[];
}

const within = ([w, s, e, n]: Box, p: MapPlace) => p.longitude >= w && p.longitude <= e && p.latitude >= s && p.latitude <= n;
const corners = ([w, s, e, n]: Box): MultiPoint => ({ type: 'MultiPoint', coordinates: [[w, s], [e, s], [e, n], [w, n]] });
/** The frame as a ring along its parallels and meridians, clockwise as d3-geo wants a polygon's outside. */
const outline = ([w, s, e, n]: Box): Feature<Polygon> => {
  const steps = 16;
  const ring: [number, number][] = [];
  for (let i = 0; i <= steps; i++) ring.push([w, s + ((n - s) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([w + ((e - w) * i) / steps, n]);
  for (let i = 1; i <= steps; i++) ring.push([e, n - ((n - s) * i) / steps]);
  for (let i = 1; i <= steps; i++) ring.push([e - ((e - w) * i) / steps, s]);
  return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } };
};
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
/** The height that fits a box at a width under the Mercator projection. */
const heightFor = ([w, s, e, n]: Box, width: number) => Math.round((width * (mercatorY(n) - mercatorY(s))) / (((e - w) * Math.PI) / 180));

/** A mark's radius: its area grows with its number of events, and the smallest stays easy to see. */
const radius = (count: number, most: number) => 4 + 9 * Math.sqrt(count / Math.max(most, 4));
/** A link's target: at least 24 px across (WCAG 2.5.8), larger than the mark it covers. */
const target = (count: number, most: number) => Math.max(12, radius(count, most) + 3);

type Label = { text: string; longitude: number; latitude: number; fontSize: number; role: 'place' | 'country' | 'province' };

/** The marks of places: the mark itself, and on top the transparent target that is its link, named for a screen reader. */
function placeMarks(places: MapPlace[], most: number, options: LocatorMapOptions): Plot.Markish[] {
  if (places.length === 0) return [];
  return [
    Plot.dot(places, {
      x: 'longitude',
      y: 'latitude',
      r: (p: MapPlace) => radius(p.events.length, most),
      fill: (p: MapPlace) => `var(--kind-${p.kind0})`,
      stroke: 'var(--map-halo)',
      strokeWidth: 1.5,
    }),
    Plot.dot(places, {
      x: 'longitude',
      y: 'latitude',
      r: (p: MapPlace) => target(p.events.length, most),
      fill: 'transparent',
      href: options.href,
      // An embed opens its links in a new tab (<base target>); a place's link stays in the page.
      target: '_self',
      ariaLabel: options.describe,
      title: options.describe,
      className: 'map-place',
    } as Plot.DotOptions),
  ];
}

/** Text marks for laid-out labels, each kind in its own style; places' names have a halo to read over lines. */
function labelMarks(labels: Label[]): Plot.Markish[] {
  const of = (role: Label['role']) => labels.filter((l) => l.role === role);
  const common = { x: 'longitude', y: 'latitude', text: 'text', fontSize: (l: Label) => l.fontSize, lineAnchor: 'middle' } as const;
  return [
    Plot.text(of('province'), { ...common, fill: 'var(--muted)', fontStyle: 'italic' }),
    Plot.text(of('country'), { ...common, fill: 'var(--muted)', fontWeight: 700 }),
    Plot.text(of('place'), { ...common, fill: 'var(--text)', stroke: 'var(--map-halo)', strokeWidth: 3, fontWeight: 600 }),
  ] as Plot.Markish[];
}

/** Lays out the names on one drawing: places first, then the two sides, then provinces, none over another or over a mark. */
function layout(projection: GeoProjection, width: number, height: number, places: MapPlace[], most: number, countries: BaseMap['countries']['features'], provinces: BaseMap['provinces']['features'], fontSize: number): Label[] {
  const path = geoPath(projection);
  const at = (p: MapPlace) => projection([p.longitude, p.latitude])!;
  const marks = places.map((p) => { const [x, y] = at(p); return markBox(x, y, radius(p.events.length, most)); });
  const shown = new Set(places.map((p) => p.name));
  const centre = (f: Parameters<typeof path.centroid>[0]) => path.centroid(f);
  const candidates = [
    ...places.map((p) => { const [x, y] = at(p); return { datum: 'place' as const, x, y, text: p.name, fontSize, gap: radius(p.events.length, most) + 1 }; }),
    ...countries.map((c) => { const [x, y] = centre(c); return { datum: 'country' as const, x, y, text: c.properties.name.toUpperCase(), fontSize: fontSize * 1.05, gap: 0 }; }),
    // A province whose own name is a place on the map is named once, by its mark.
    ...provinces.filter((p) => !shown.has(p.properties.name)).map((p) => { const [x, y] = centre(p); return { datum: 'province' as const, x, y, text: p.properties.name, fontSize: fontSize * 0.85, gap: 0 }; }),
  ].filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y));
  return layoutMapLabels(candidates, marks, width, height).map((l) => {
    // Plot offsets all of a mark's texts alike: each label is anchored at its own centre instead.
    const [longitude, latitude] = projection.invert!([l.x + l.dx, l.y + l.dy])!;
    return { text: l.text, longitude, latitude, fontSize: l.fontSize, role: l.datum };
  });
}

/**
 * The locator map, drawn at build time into SVG like the charts: the region's countries and
 * provinces, the two sides' border boldest, the border provinces named, and a mark at each place
 * where events happened, its area by how many, its colour the kind most of them are; an inset
 * locates the frame in its part of the world and marks the places beyond the frame but within
 * the inset. Each place is a link (`href`) named by `describe`.
 * @example locatorMap(baseMap, places, { width: 640, label: 'Where events happened', href, describe }).main // '<svg role="group" …>'
 */
export function locatorMap(base: BaseMap, places: MapPlace[], options: LocatorMapOptions): LocatorMap {
  const { width, label, inset: withInset = !options.wide, provinceNames = !options.wide, fontSize = 12 } = options;
  const { inset: insetBox, border: sides, labels } = base.region;
  const frame = options.wide ? insetBox : base.region.frame;
  const inFrame = places.filter((p) => within(frame, p));
  const inInset = withInset ? places.filter((p) => !within(frame, p) && within(insetBox, p)) : [];
  const outside = places.filter((p) => !inFrame.includes(p) && !inInset.includes(p));
  const most = Math.max(1, ...places.map((p) => p.events.length));
  const named = new Set(labels);
  const provinceLabels = provinceNames ? base.provinces.features.filter((p) => named.has(p.properties.code)) : [];
  const countryLabels = base.countries.features.filter((c) => sides.includes(c.properties.name));
  const height = heightFor(frame, width);
  // Clipped to the frame by the projection itself, so the SVG holds only what is seen: a clip
  // path would keep all of China's and India's outlines in every page.
  const projection = geoMercator().fitSize([width, height], corners(frame)).clipExtent([[0, 0], [width, height]]);
  const labelsMain = layout(projection, width, height, inFrame, most, countryLabels, provinceLabels, fontSize);
  const main = Plot.plot({
    document: chartDocument(),
    width,
    height,
    margin: 0,
    projection: () => projection,
    r: { type: 'identity' },
    marks: [
      Plot.frame({ fill: 'var(--map-sea)' }),
      // The wider region is drawn from the coarse countries: at that scale the fine ones are all weight.
      Plot.geo(options.wide ? base.insetCountries : base.countries, { fill: (c) => (sides.includes(c.properties.name) ? 'var(--map-land)' : 'var(--map-land-other)'), ...(options.wide ? { stroke: 'var(--map-boundary)', strokeWidth: 0.75 } : {}) }),
      ...(options.wide ? [] : [
        Plot.geo(base.provinceLines, { stroke: 'var(--map-province)', strokeWidth: 0.75 }),
        Plot.geo(base.boundaries, { stroke: 'var(--map-boundary)', strokeWidth: 1.25 }),
      ]),
      Plot.geo(base.border, { stroke: 'var(--map-border)', strokeWidth: 2.5 }),
      Plot.frame({ stroke: 'var(--map-boundary)' }),
      ...labelMarks(labelsMain),
      ...placeMarks(inFrame, most, options),
    ],
  });
  const result: LocatorMap = { main: mapMarkup(main as unknown as Element, label), inFrame, inInset, outside };
  if (withInset) {
    const insetWidth = Math.round(width * 0.3);
    const insetHeight = heightFor(insetBox, insetWidth);
    const insetProjection = geoMercator().fitSize([insetWidth, insetHeight], corners(insetBox)).clipExtent([[0, 0], [insetWidth, insetHeight]]);
    const drawing = Plot.plot({
      document: chartDocument(),
      width: insetWidth,
      height: insetHeight,
      margin: 0,
      projection: () => insetProjection,
      r: { type: 'identity' },
      marks: [
        Plot.frame({ fill: 'var(--map-sea)' }),
        Plot.geo(base.insetCountries, { fill: (c) => (sides.includes(c.properties.name) ? 'var(--map-land)' : 'var(--map-land-other)'), stroke: 'var(--map-boundary)', strokeWidth: 0.5 }),
        Plot.geo(outline(frame), { stroke: 'var(--map-border)', strokeWidth: 1.5 }),
        Plot.frame({ stroke: 'var(--map-boundary)' }),
        // No names in the inset: one drawing serves phones and desks, where no size reads at both;
        // the caption names its places and each mark's link carries its name.
        ...placeMarks(inInset, most, options),
      ],
    });
    result.inset = mapMarkup(drawing as unknown as Element, `${label}: inset of the wider region`);
  }
  return result;
}
