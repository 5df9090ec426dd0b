import { findNodeAtLocation } from 'jsonc-parser';
import type { EventsFile } from '../eventSchema.ts';
import { formatPath } from '../formatPath.ts';
import { parseJsonTree } from '../jsonSyntaxProblem.ts';
import { lineLocator } from '../lineLocator.ts';
import type { Problem } from '../problem.ts';

/**
 * Warnings, not errors, for places events name that have no coordinates (a country excepted: it
 * is no point on a map): the map and the exports leave those events out, and the fix is in the
 * gazetteer, not in the event file. One warning per place, at its first use, with how many
 * events name it.
 * @example placesWithoutCoordinates('data/events.json', text, data)[0].code // 'place-without-coordinates'
 */
export function placesWithoutCoordinates(file: string, text: string, data: EventsFile): Problem[] {
  const { root } = parseJsonTree(file, text.replace(/^\uFEFF/, ''));
  const locate = lineLocator(text.replace(/^\uFEFF/, ''));
  const found = new Map<string, { path: (string | number)[]; count: number; unverified: boolean }>();
  data.events.forEach((event, i) => {
    event.places.forEach((place, j) => {
      if (place.kind === 'country' || place.latitude !== undefined) return;
      const seen = found.get(place.name);
      if (seen) seen.count++;
      else found.set(place.name, { path: ['events', i, 'places', j], count: 1, unverified: place.unverified === true });
    });
  });
  return [...found].map(([name, { path, count, unverified }]) => {
    const node = root && findNodeAtLocation(root, path);
    return {
      code: 'place-without-coordinates',
      file,
      ...(node ? locate(node.offset) : {}),
      path: formatPath(path),
      message: `warning: the place "${name}" (named by ${count === 1 ? "1 event" : `${count} events`}) has no coordinates; an event none of whose places has them is left off the map and has none in the exports`,
      hint: unverified
        ? `add "${name}" to scripts/lexicon/places.yaml with its kind, admin1, country, coordinates and coordinatesSource, then run npm run extract`
        : `add coordinates and coordinatesSource to the entry "${name}" in scripts/lexicon/places.yaml (see its header), then run npm run extract`,
    };
  });
}
