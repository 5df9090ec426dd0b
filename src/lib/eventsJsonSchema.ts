import { z } from 'zod';
import { Event, EventsFile } from './eventSchema.ts';
import { KINDS, TYPE_KINDS, TYPES } from './ontology.ts';

/**
 * The JSON Schema of data/events.json, generated from the zod schema so the two cannot drift.
 * Editors use it to validate and complete while a maintainer types. What zod's refinements check
 * in code is added where JSON Schema can say it too: a type must be one of its kind's types.
 */
export function eventsJsonSchema(): string {
  const schema = z.toJSONSchema(EventsFile, {
    target: 'draft-2020-12',
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema !== Event) return;
      jsonSchema.allOf = KINDS.map((kind) => ({
        if: { properties: { kind: { const: kind } }, required: ['kind'] },
        then: { properties: { type: { enum: TYPES.filter((t) => TYPE_KINDS[t] === kind) } } },
      }));
    },
  });
  return `${JSON.stringify({ ...schema, $id: 'events.schema.json' }, null, 2)}\n`;
}
