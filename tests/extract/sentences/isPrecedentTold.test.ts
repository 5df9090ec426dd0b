import { expect, test } from 'vitest';
import { isPrecedentTold } from '../../../scripts/lib/extract/sentences/isPrecedentTold.ts';

test.each([
  ['Velmora has brokered such returns before.', true],
  ['which kept out of the quarrel and has hosted talks between the two before.', true],
  ['The two neighbours have come to blows over the pass before.', true],
  ['It is not the first time.', true],
  ['This is not the first time one of Arland\'s posts has been shelled, though it is the first time anyone has died.', true],
  // A day counted back is no earlier occasion.
  ['Borea had recalled its envoy the day before.', false],
  ['Arland had closed the crossing two weeks before.', false],
  // Said of what comes later, or with no perfect.
  ['Talks must end before the vote.', false],
  ['Borea shelled the village before dawn.', false],
])('isPrecedentTold(%j) is %s', (sentence, expected) => {
  expect(isPrecedentTold(sentence)).toBe(expected);
});
