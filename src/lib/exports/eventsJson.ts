import type { Event, Source } from '../eventSchema.ts';
import { serializeEventsFile } from '../serializeEventsFile.ts';

/**
 * The public event file: the same shape and canonical form as data/events.json, with `$schema`
 * pointing at the published schema and `sources` listing the metadata of every cited article.
 * @example JSON.parse(eventsJson(events, sources, 'https://example.org/events.schema.json')).$schema // 'https://example.org/events.schema.json'
 */
export function eventsJson(events: readonly Event[], sources: readonly Source[], schemaUrl: string): string {
  const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
  return serializeEventsFile({
    $schema: schemaUrl,
    sources: sources.filter((s) => cited.has(s.file)),
    events: [...events],
  });
}
