// @mapbox/geojson-rewind ships no types; it rewinds every ring of a GeoJSON object in place
// (outer rings clockwise when `clockwise` is true, holes the other way) and returns the object.
declare module '@mapbox/geojson-rewind' {
  export default function rewind<T extends object>(geojson: T, clockwise?: boolean): T;
}
