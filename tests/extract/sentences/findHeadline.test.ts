import { describe, expect, test } from 'vitest';
import { findHeadline } from '../../../scripts/lib/extract/sentences/findHeadline.ts';

describe('findHeadline', () => {
  test.each([
    ['a title-case first line', 'Rivals Agree to Reopen River Crossing\nOfficials said on Monday the crossing would reopen.', 'Rivals Agree to Reopen River Crossing'],
    ['a sentence-case first line', 'Shelling resumes near the northern pass\nTroops exchanged fire.', 'Shelling resumes near the northern pass'],
    ['leading blank lines and spaces', '\n\n  Talks stall over map dispute  \nBody.', 'Talks stall over map dispute'],
    ['a line ending in a quote mark without a stop', 'Minister says “no retreat”\nBody.', 'Minister says “no retreat”'],
  ])('takes %s', (_, body, expected) => {
    expect(findHeadline(body)).toBe(expected);
  });

  test.each([
    ['a first line that is a sentence', 'Troops exchanged fire on Monday near the pass.\nMore text.'],
    ['a first line that introduces a list', 'The ministers agreed on three points:\nFirst, a truce.'],
    ['a first line that ends in a comma', 'In the early hours of Monday,\ntroops fired.'],
    ['a one-line article', 'Rivals Agree to Reopen River Crossing'],
    ['a line of one or two words', 'Update\nTroops fired.'],
    ['a line too long to be a headline', `${'word '.repeat(40)}\nBody.`],
    ['an empty article', ''],
  ])('finds none in %s', (_, body) => {
    expect(findHeadline(body)).toBeUndefined();
  });
});
