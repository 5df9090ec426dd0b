import { expect, test } from 'vitest';
import { DEFINITE_DETERMINERS } from '../../../scripts/lib/extract/sentences/definiteDeterminers.ts';

test.each([
  ['the', true],
  ['those', true],
  ['both', true],
  ['its', true],
  ['our', true],
  ['a', false],
  ['an', false],
  ['some', false],
  ['no', false],
])('DEFINITE_DETERMINERS holds %j: %s', (word, expected) => {
  expect(DEFINITE_DETERMINERS.has(word)).toBe(expected);
});

test('DEFINITE_DETERMINERS are in lower case, as the rules compare them', () => {
  expect([...DEFINITE_DETERMINERS].every((word) => word === word.toLowerCase())).toBe(true);
});
