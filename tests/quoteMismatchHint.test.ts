import { describe, expect, test } from 'vitest';
import { quoteMismatchHint } from '../src/lib/quoteMismatchHint.ts';

describe('quoteMismatchHint', () => {
  const hint = quoteMismatchHint('The two sides’ officials met near the “old” crossing on Monday — briefly.');

  test.each([
    ["The two sides' officials met", 'the article writes the quote with different quotation marks or dashes'],
    ['the "old" crossing on Monday - briefly', 'the article writes the quote with different quotation marks or dashes'],
    ['THE TWO SIDES’ OFFICIALS', 'the article writes the quote with different capitals'],
    ['officials met near the “new” crossing', 'the first 24 characters match; it differs at "new" crossing"'],
    ['Nothing of the kind', 'no part of it appears in the article; copy the passage from the article'],
  ])('%j: %s', (quote, expected) => {
    expect(hint(quote)).toBe(expected);
  });

  test('finds where a quote as long as a large article differs at its very end', () => {
    const body = 'Troops clashed near the border. '.repeat(20_000);
    const quote = `${body.trim().slice(0, -1)}!`;
    expect(quoteMismatchHint(body)(quote)).toBe(`the first ${quote.length - 1} characters match; it differs at "!"`);
  });
});
