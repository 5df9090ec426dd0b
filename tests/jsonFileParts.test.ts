import { describe, expect, test } from 'vitest';
import { jsonFileParts } from '../src/lib/jsonFileParts.ts';

const text = (value: Parameters<typeof jsonFileParts>[0], depth?: number) => [...jsonFileParts(value, depth)].join('');

describe('jsonFileParts', () => {
  test.each([
    ['null', null],
    ['a number', 1.5],
    ['a string with a line break and quotes', 'a\n"b"\u2028'],
    ['an empty array', []],
    ['an empty object', {}],
    ['an object whose only value is undefined', { a: undefined }],
    ['nested empties', { a: [], b: {}, c: [[]], d: [{}] }],
    ['a list holding undefined', [1, undefined, [undefined]]],
    ['a feature collection', { type: 'FeatureCollection', bbox: [1, 2, 3, 4], features: [{ type: 'Feature', id: 'x', properties: { a: 'ก', b: null, c: undefined, d: [1, { e: true }] } }] }],
  ])('writes %s as JSON.stringify does, at every depth', (_name, value) => {
    for (const depth of [0, 1, 2, 3, 5]) expect(text(value, depth)).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  test('writes each element of a long list as a part of its own', () => {
    const events = Array.from({ length: 1000 }, (_, i) => ({ id: `e-${i}`, text: `line\n${i}` }));
    const parts = [...jsonFileParts({ events })];
    expect(parts.join('')).toBe(`${JSON.stringify({ events }, null, 2)}\n`);
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(60);
  });
});
