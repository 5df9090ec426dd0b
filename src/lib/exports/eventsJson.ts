import type { Event, Source } from '../eventSchema.ts';
import { serializeEventsFile } from '../serializeEventsFile.ts';

/**
 * The public event file: the same shape and canonical form as data/events.json, and `sources`
 * listing the metadata of every cited article. It is published beside its schema, so the same
 * relative `$schema` resolves there too and the file validates exactly as the maintainers' copy.
 * @example JSON.parse(eventsJson(events, sources)).$schema // './events.schema.json'
 */
export function eventsJson(events: readonly Event[], sources: readonly Source[]): string {
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  return serializeEventsFile({
    $schema: './events.schema.json',
    sources: sources.filter((s) => cited.has(s.file)),
    events: [...events],
  });
}
