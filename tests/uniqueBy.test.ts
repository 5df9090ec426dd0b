import { expect, test } from 'vitest';
import { uniqueBy } from '../src/lib/uniqueBy.ts';

test('uniqueBy keeps the first item of each key, in order', () => {
  const places = [{ name: 'Ondria', n: 1 }, { name: 'Vel Amar', n: 2 }, { name: 'Ondria', n: 3 }];
  expect(uniqueBy(places, (p) => p.name)).toEqual([{ name: 'Ondria', n: 1 }, { name: 'Vel Amar', n: 2 }]);
});

test('uniqueBy returns a new list and leaves its input alone', () => {
  const items = ['a', 'b', 'a'];
  const kept = uniqueBy(items, (s) => s);
  expect(kept).toEqual(['a', 'b']);
  expect(items).toEqual(['a', 'b', 'a']);
  expect(kept).not.toBe(items);
});
