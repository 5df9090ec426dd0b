import { describe, expect, test } from 'vitest';
import { valueAt } from '../src/lib/valueAt.ts';

const file = { events: [{ id: 'a', citations: [{ source: 'x.txt' }] }], sources: { 0: 'not a list' } };

describe('valueAt', () => {
  test.each([
    [['events', 0, 'id'], 'a'],
    [['events', 0, 'citations', 0, 'source'], 'x.txt'],
    [['events', 1, 'id'], undefined],
    [['events', '0', 'id'], undefined],
    [['sources', 0], undefined],
    [['events', 0, 'toString'], undefined],
    [[], file],
  ] as [(string | number)[], unknown][])('finds %j as findNodeAtLocation would', (path, expected) => {
    expect(valueAt(file, path)).toBe(expected);
  });
});
