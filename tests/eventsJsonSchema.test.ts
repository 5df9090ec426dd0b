import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { eventsJsonSchema } from '../src/lib/eventsJsonSchema.ts';
import { KINDS, TYPES } from '../src/lib/ontology.ts';

describe('data/events.schema.json', () => {
  test('is the schema generated from src/lib/eventSchema.ts (run `npm run schema` after changing it)', async () => {
    expect(await readFile('data/events.schema.json', 'utf8')).toBe(eventsJsonSchema());
  });

  test('is the schema data/events.json names, so editors check it while typing', async () => {
    expect(JSON.parse(await readFile('data/events.json', 'utf8')).$schema).toBe('./events.schema.json');
  });

  test('describes every event field and closes the vocabularies', () => {
    const schema = JSON.parse(eventsJsonSchema());
    const event = schema.properties.events.items;
    expect(event.additionalProperties).toBe(false);
    expect(event.required).toEqual(expect.arrayContaining(['id', 'date', 'kind', 'status', 'title', 'summary', 'citations']));
    for (const [name, field] of Object.entries<{ description?: string }>(event.properties)) {
      expect(field.description, `events[].${name} has a description`).toBeTruthy();
    }
    expect(event.properties.kind.enum).toEqual([...KINDS]);
    expect(event.properties.type.enum).toEqual([...TYPES]);
    expect(event.required).not.toContain('type');
  });

  test('lets an editor check that a type is one of its kind\'s, as the validator does', () => {
    const event = JSON.parse(eventsJsonSchema()).properties.events.items;
    const allowed = Object.fromEntries(
      (event.allOf as { if: { properties: { kind: { const: string } } }; then: { properties: { type: { enum: string[] } } } }[])
        .map((rule) => [rule.if.properties.kind.const, rule.then.properties.type.enum]),
    );
    expect(Object.keys(allowed)).toEqual([...KINDS]);
    expect(allowed.fighting).toEqual(['armed-clash', 'territory-regained', 'territory-taken']);
    expect(Object.values(allowed).flat().sort()).toEqual([...TYPES].sort());
  });
});
