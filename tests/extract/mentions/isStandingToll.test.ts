import { describe, expect, test } from 'vitest';
import { isStandingToll } from '../../../scripts/lib/extract/mentions/isStandingToll.ts';

/** The figure is the first occurrence of `figure` in the text; happenings are the words given. */
const standing = (text: string, figure: string, happenings: string[] = []) => {
  const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  return isStandingToll(text, at(figure), happenings.map(at));
};

describe('isStandingToll', () => {
  test.each([
    ['At least 900 people have been killed, and three truces have failed.', '900', []],
    ['Officials in the enclave say about 400 of their soldiers have died.', '400', []],
    ['Some 60,000 villagers have been displaced, the agency says.', '60,000', []],
  ])('reads %j as where a count stands', (text, figure, happenings) => {
    expect(standing(text, figure, happenings)).toBe(true);
  });

  test.each([
    ['The rebels advanced on the port in fighting that has killed at least 20 guards.', '20', ['fighting']],
    ['At least 12 soldiers have been killed in clashes on Monday, the army said.', '12', []],
    ['Artillery fire killed 12 soldiers.', '12', []],
  ])('reads %j as the count of a happening', (text, figure, happenings) => {
    expect(standing(text, figure, happenings)).toBe(false);
  });
});
