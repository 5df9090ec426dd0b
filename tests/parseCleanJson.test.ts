import { describe, expect, test } from 'vitest';
import { MAX_DEPTH } from '../src/lib/jsonSyntaxProblem.ts';
import { parseCleanJson } from '../src/lib/parseCleanJson.ts';

describe('parseCleanJson', () => {
  test.each([
    ['an object', '{"a": 1, "b": [true, null, "x"]}', { a: 1, b: [true, null, 'x'] }],
    ['the same name in two different objects', '{"a": {"id": 1}, "b": {"id": 2}}', { a: { id: 1 }, b: { id: 2 } }],
    ['a name in an object and in the one nested in it', '{"id": 1, "inner": {"id": 2}}', { id: 1, inner: { id: 2 } }],
    ['a name that only sits inside a string', '{"a": "\\"a\\": 2"}', { a: '"a": 2' }],
    ['a string value that ends in an escaped backslash', '{"a": "x\\\\", "b": ["a", "a"]}', { a: 'x\\', b: ['a', 'a'] }],
    ['names and values made of brackets', '{"{": "}", "[": ["]", "{"], "a": {"{": 1}}', { '{': '}', '[': [']', '{'], a: { '{': 1 } }],
    ['names that differ only in an escape of another letter', '{"a": 1, "\\u0062": 2}', { a: 1, b: 2 }],
  ])('returns the value of %s', (_, text, value) => {
    expect(parseCleanJson(text)).toEqual({ value });
  });

  test.each([
    ['a syntax error', '{"a": 1,}'],
    ['an empty text', ''],
    ['a name given twice in one object', '{"a": 1, "a": 2}'],
    ['a name given twice in an object inside a list', '{"list": [{"id": 1}, {"id": 2, "id": 3}]}'],
    ['a name given twice, once written with an escape', '{"a": 1, "\\u0061": 2}'],
    ['a name given twice around a nested object', '{"a": {"a": {}, "b": [1, {"c": 2}]}, "a": 3}'],
    ['a "__proto__" property', '{"__proto__": {"a": 1}}'],
    ['nesting deeper than parseJsonTree takes', `${'['.repeat(MAX_DEPTH + 1)}${']'.repeat(MAX_DEPTH + 1)}`],
  ])('leaves %s to the located path', (_, text) => {
    expect(parseCleanJson(text)).toBeUndefined();
  });
});
