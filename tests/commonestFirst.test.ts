import { expect, test } from 'vitest';
import { commonestFirst } from '../scripts/lib/commonestFirst.ts';

test('commonestFirst counts each value and puts the commonest first', () => {
  expect(commonestFirst(['raid', 'clash', 'raid', 'talks', 'raid', 'clash'])).toEqual([['raid', 3], ['clash', 2], ['talks', 1]]);
});

test('commonestFirst breaks ties alphabetically, whatever order the values came in', () => {
  expect(commonestFirst(['talks', 'clash', 'raid'])).toEqual(commonestFirst(['raid', 'talks', 'clash']));
  expect(commonestFirst(['talks', 'clash']).map(([v]) => v)).toEqual(['clash', 'talks']);
});

test('commonestFirst of nothing is empty', () => {
  expect(commonestFirst([])).toEqual([]);
});
