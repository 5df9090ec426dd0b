import { z } from 'zod';
import { EventsFile } from './eventSchema.ts';

/**
 * The JSON Schema of data/events.json, generated from the zod schema so the two cannot drift.
 * Editors use it to validate and complete while a maintainer types.
 */
export function eventsJsonSchema(): string {
  const schema = z.toJSONSchema(EventsFile, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...schema, $id: 'events.schema.json' }, null, 2)}\n`;
}
