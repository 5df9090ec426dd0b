import { parseTree } from 'jsonc-parser';
import { describe, expect, test } from 'vitest';
import { migrateKinds } from '../scripts/lib/migrateKinds.ts';

const migrate = (text: string) => migrateKinds(text, parseTree(text)!);

describe('migrateKinds', () => {
  test.each([
    ['casualties', 'fighting', 'armed-clash'],
    ['displacement', 'humanitarian', 'displacement'],
    ['other', 'measure', 'other'],
  ])('rewrites the old kind %s as kind %s with type %s', (old, kind, type) => {
    const { text, changes } = migrate(`{"events":[{"id":"x","kind":"${old}"}]}`);
    expect(JSON.parse(text).events[0]).toEqual({ id: 'x', kind, type });
    expect(changes).toEqual([{ index: 0, id: 'x', from: old, kind, type }]);
  });

  test('leaves the kinds that kept their ids, and everything else, byte for byte', () => {
    const text = '{\n  "events": [\n    { "id": "a", "kind": "talks" },\n    {"id":"b","kind":"fighting"}\n  ]\n}\n';
    expect(migrate(text)).toEqual({ text, changes: [] });
  });

  test('puts the type on its own line after the kind, indented like it, in a file laid out one field a line', () => {
    const text = '{\n  "events": [\n    {\n      "id": "a",\n      "kind": "casualties",\n      "status": "occurred"\n    }\n  ]\n}\n';
    expect(migrate(text).text).toBe('{\n  "events": [\n    {\n      "id": "a",\n      "kind": "fighting",\n      "type": "armed-clash",\n      "status": "occurred"\n    }\n  ]\n}\n');
  });

  test('keeps a type a maintainer already gave, and changes nothing on a second run', () => {
    const once = migrate('{"events":[{"kind":"other","type":"decision"},{"kind":"casualties"}]}');
    expect(JSON.parse(once.text).events).toEqual([{ kind: 'measure', type: 'decision' }, { kind: 'fighting', type: 'armed-clash' }]);
    expect(once.changes.map((c) => [c.index, c.type])).toEqual([[0, undefined], [1, 'armed-clash']]);
    expect(migrate(once.text)).toEqual({ text: once.text, changes: [] });
  });

  test('ignores what is not an event list of kinds it knows', () => {
    for (const text of ['{"events":{"kind":"other"}}', '{"events":[{"kind":3}, null, "other"]}', '[]']) {
      expect(migrate(text).changes).toEqual([]);
    }
  });
});
