/**
 * A place's latitude and longitude as the map's table and the locator write them: to the
 * gazetteer's precision (0.001°), in Latin digits in every edition, since they are read by
 * machines and maps as often as by people.
 * @example formatCoordinates(14.391, 104.68) // '14.391, 104.680'
 */
export const formatCoordinates = (latitude: number, longitude: number): string => `${latitude.toFixed(3)}, ${longitude.toFixed(3)}`;
