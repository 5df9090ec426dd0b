import { expect, test } from 'vitest';
import { isOwnedDay } from '../../../scripts/lib/extract/time/isOwnedDay.ts';

// The text marks the date with brackets; the brackets are taken out before it is read.
const owned = (marked: string) => {
  const end = marked.indexOf(']') - 1;
  return isOwnedDay(marked.replace(/[[\]]/g, ''), end);
};

test.each([
  ["Arland blamed Borea for [Friday]'s attack on the pass.", true],
  ['Velmora condemned [Friday’s] shelling.', false],
  ['Velmora condemned [Friday]’s shelling.', true],
  ["The talks set for [Friday] were called off.", false],
  ["Arland named [Friday]'s", true],
  ["The envoy left on [Friday]'sake", false],
])('%s: owned %s', (marked, expected) => {
  expect(owned(marked)).toBe(expected);
});
