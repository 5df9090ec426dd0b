import { describe, expect, test } from 'vitest';
import { endsOnContentNoun } from '../../../scripts/lib/extract/sentences/endsOnContentNoun.ts';

describe('endsOnContentNoun', () => {
  test.each([
    ["rejects Borea's claim", true],
    ['denies the allegations', true],
    ['dismisses reports', true],
    ['says', false],
    ['warns', false],
    ['rejects the claimant', false],
  ])('endsOnContentNoun(%j) is %s', (words, expected) => {
    expect(endsOnContentNoun(words)).toBe(expected);
  });
});
