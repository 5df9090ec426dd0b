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
  ])('"%s", %s → %s', (text, figure, expected) => {
    expect(of(text, figure)).toBe(expected);
  });
});
