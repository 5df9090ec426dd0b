import { describe, expect, test } from 'vitest';
import { isFigureOfNothing } from '../../../scripts/lib/extract/mentions/isFigureOfNothing.ts';

const of = (text: string, figure: string) => isFigureOfNothing(text, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length });

describe('isFigureOfNothing: numbers that count no happening', () => {
  test.each([
    ['half of its 140,000 inhabitants have fled', '140,000', true],
    ['about 30% of the 5,000 residents left', '5,000', true],
    ['a ceasefire could save thousands of lives', 'thousands', true],
    ['a fresh round could displace 10,000 people', '10,000', true],
    ['at least 12 soldiers were killed in May, officials said', '12', false],
    ['140,000 people have fled', '140,000', false],
    ['since the shooting started, 420 people have died', '420', true],
    ['the nine-month conflict has killed 2,100 civilians', '2,100', true],
    ['some 900 soldiers have been killed so far', '900', true],
    ['officials counted 5,000 dead over the past eight months', '5,000', true],
    ['the war has left 60,000 homeless, and on Friday a shell killed three farmers', 'three', false],
  ])('"%s", %s → %s', (text, figure, expected) => {
    expect(of(text, figure)).toBe(expected);
  });
});
