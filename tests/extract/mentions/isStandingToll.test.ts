import { describe, expect, test } from 'vitest';
import { isStandingToll } from '../../../scripts/lib/extract/mentions/isStandingToll.ts';

/** The figure is the first occurrence of `figure` in the text; `named` whether the sentence names a happening it could count. */
const standing = (text: string, figure: string, named = false) => isStandingToll(text, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length }, named);

describe('isStandingToll', () => {
  test.each([
    ['At least 900 people have been killed, and three truces have failed.', '900'],
    ['Officials in the enclave say about 400 of their soldiers have died.', '400'],
    ['Some 60,000 villagers have been displaced, the agency says.', '60,000'],
  ])('reads %j as where a count stands', (text, figure) => {
    expect(standing(text, figure)).toBe(true);
  });

  test.each([
    ['More than 90,000 people, the agency says, have been displaced by the fighting in Ondria.', '90,000'],
    ['Some 4,000 Ondrians have fled the war, the mayor said.', '4,000'],
  ])('reads %j as where a count stands though it names the fighting: only as what uprooted them', (text, figure) => {
    expect(standing(text, figure, true)).toBe(true);
  });

  test.each([
    ['The rebels advanced on the port in fighting that has killed at least 20 guards.', '20', true],
    ['Dozens have died since the shelling grew worse, while thousands have been displaced.', 'thousands', true],
    ['At least 12 soldiers have been killed in clashes on Monday, the army said.', '12', false],
    ['Artillery fire killed 12 soldiers.', '12', false],
    ['On Monday, 3,000 villagers have been displaced by the fighting, the governor said.', '3,000', true],
    ['Shelling of Velmora has displaced 2,000 people.', '2,000', true],
  ])('reads %j as the count of a happening', (text, figure, named) => {
    expect(standing(text, figure, named)).toBe(false);
  });
});
