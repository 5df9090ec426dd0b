import type { Unmapped } from './whyUnmapped.ts';

const events = (n: number) => `${n} ${n === 1 ? 'event' : 'events'}`;

/**
 * Every word the map shows a reader, in one place, so that an edition in another language
 * replaces this module's values and nothing else (src/components/PlaceMap.astro,
 * and EventLocator.astro read from here; the script in src/client/map/ takes its words from the
 * links these wrote).
 */
export const MAP_TEXT = {
  heading: 'Where it happened',
  mapLabel: (region: string) => `Map of ${region}: each place where events happened is a link`,
  locatorLabel: (place: string) => `Where this happened: ${place}, on a map of the region`,
  place: (p: { name: string; events: readonly unknown[] }) => `${p.name}: ${events(p.events.length)}`,
  legend: 'Kinds of event (colour of the kind most events at a place are)',
  caption: (placed: number, places: number, region: string) =>
    `${events(placed)} at ${places} ${places === 1 ? 'place' : 'places'}, on a map of ${region}. A mark's area grows with the number of events there; its colour is the kind most of them are. The bold line is the border; the inset shows where the map lies in Southeast Asia.`,
  clickHint: 'Choose a place to show only its events in the timeline and the list.',
  unmapped: (n: number) => `${events(n)} not on the map:`,
  reasons: {
    'no-place': 'their reports name no place',
    'country-only': 'their reports name only a country',
    'no-coordinates': 'the gazetteer has no coordinates for their places',
  } satisfies Record<Unmapped, string>,
  inInset: (names: string[]) => `Marked in the inset, beyond the main map: ${names.join(', ')}.`,
  beyond: (names: string[]) => `Beyond the map's frame, in the table only: ${names.join(', ')}.`,
  tableSummary: 'Places, as a table',
  tableCaption: 'Places where events happened, with their coordinates',
  columns: { place: 'Place', province: 'Province', country: 'Country', coordinates: 'Latitude, longitude', events: 'Events' },
  coordinates: (lat: number, lon: number) => `${lat.toFixed(3)}, ${lon.toFixed(3)}`,
  locatorCaption: (place: string) => `Located at ${place}.`,
  allAtPlace: (place: string) => `All events at ${place}`,
  noPlace: 'The reports of this event name no place that can be shown on a map.',
  andMore: (n: number) => `and ${n} more (see the list)`,
  filterLabel: 'Place',
  all: 'All',
} as const;
