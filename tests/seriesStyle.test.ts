import { describe, expect, test } from 'vitest';
import { seriesStyle } from '../src/lib/charts/seriesStyle.ts';

describe('seriesStyle', () => {
  test.each([
    { n: 0, colour: 'var(--series-0)', symbol: 'circle' },
    { n: 1, colour: 'var(--series-1)', symbol: 'square' },
    { n: 6, colour: 'var(--series-0)', symbol: 'wye' },
    { n: 7, colour: 'var(--series-1)', symbol: 'circle' },
  ])('draws source $n in $colour as a $symbol', ({ n, colour, symbol }) => {
    expect(seriesStyle(n)).toMatchObject({ colour, symbol });
  });

  test('gives the first 42 sources distinct colour and shape pairs', () => {
    const pairs = Array.from({ length: 42 }, (_, n) => `${seriesStyle(n).colour} ${seriesStyle(n).symbol}`);
    expect(new Set(pairs).size).toBe(42);
  });

  test('refuses a negative or fractional number', () => {
    expect(() => seriesStyle(-1)).toThrow('expected a series number ≥ 0, found -1');
    expect(() => seriesStyle(1.5)).toThrow(RangeError);
  });
});
