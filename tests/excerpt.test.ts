import { describe, expect, test } from 'vitest';
import { excerpt } from '../src/lib/excerpt.ts';

describe('excerpt', () => {
  test.each([
    ['keeps a short text whole, on one line', 'Talks\n resumed.', 20, 'Talks resumed.'],
    ['cuts a long text at the last word that fits', 'Talks resumed on Wednesday', 14, 'Talks resumed…'],
    ['cuts inside a word too long to leave at a word', 'Extraordinarily long', 8, 'Extraord…'],
  ])('%s', (_name, text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});
