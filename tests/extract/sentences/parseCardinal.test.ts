import { expect, test } from 'vitest';
import { parseCardinal } from '../../../scripts/lib/extract/sentences/parseCardinal.ts';

test.each([
  ['817', 817],
  ['1,200', 1200],
  ['1.2 million', 1_200_000],
  ['300,000', 300_000],
  ['eighty', 80],
  ['twenty-five', 25],
  ['one hundred and twenty', 120],
  ['half a million', 500_000],
  ['a thousand', 1000],
  ['Three', 3],
  ['two countries', undefined],
  ['several', undefined],
])('parseCardinal(%j) is %j', (text, value) => {
  expect(parseCardinal(text)).toBe(value);
});
