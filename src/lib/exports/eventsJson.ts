import type { Event, Source } from '../eventSchema.ts';
import { serializeEventsFileParts } from '../serializeEventsFile.ts';

/**
 * The public event file: the same shape and canonical form as data/events.json, and `sources`
 * listing the metadata of every cited article. It is published beside its schema, so the same
 * relative `$schema` resolves there too and the file validates exactly as the maintainers' copy.
 * In parts (see jsonFileParts), as the export is tens of megabytes at 25,000 events.
 * @example JSON.parse([...eventsJson(events, sources)].join('')).$schema // './events.schema.json'
 */
export function eventsJson(events: readonly Event[], sources: readonly Source[]): Generator<string> {
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  return serializeEventsFileParts({
    $schema: './events.schema.json',
    sources: sources.filter((s) => cited.has(s.file)),
    events: [...events],
  });
}
