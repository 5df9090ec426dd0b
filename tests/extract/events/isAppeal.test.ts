import { expect, test } from 'vitest';
import { isAppeal } from '../../../scripts/lib/extract/events/isAppeal.ts';

test.each([
  ['urges', true],
  ['urge', true],
  ['calls on', true],
  ['calls for', true],
  ['presses for', true],
  ['demands', true],
  ['says', false],
  ['calls', false],
  ['condemns', false],
  ['pressure', false],
  [undefined, false],
])('isAppeal(%j) is %s', (says, expected) => {
  expect(isAppeal(says)).toBe(expected);
});
