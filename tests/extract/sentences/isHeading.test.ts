import { describe, expect, test } from 'vitest';
import { isHeading } from '../../../scripts/lib/extract/sentences/isHeading.ts';

describe('isHeading', () => {
  test.each([
    ['Border clashes resume', true],
    ['Live: troops exchange fire at the crossing', true],
    ['Troops exchanged fire at the crossing on Monday.', false],
    ['"We will respond," the minister said.', false],
    ['Where is the border?', false],
    ['Talks resume (Reuters)', false],
  ])('isHeading(%j) is %s', (line, expected) => {
    expect(isHeading(line)).toBe(expected);
  });
});
