import { describe, expect, test } from 'vitest';
import { findTimeExpressions } from '../../../scripts/lib/extract/time/findTimeExpressions.ts';
import { inWordsSaid, isNamingYear } from '../../../scripts/lib/extract/sentences/inWordsSaid.ts';

// Sentences written for these tests, of no real report.
const said = (text: string, saying: string) => {
  const time = findTimeExpressions(text).all[0]!;
  return inWordsSaid(text, text.indexOf(saying) + saying.length, time);
};

describe('inWordsSaid', () => {
  test.each([
    ['Borea condemned the breach of the 1994 accord.', 'condemned', true],
    ['Borea demanded that Arland pull its troops back by March 30.', 'demanded', true],
    ['Ondria told Borea that its guards had fired on Tuesday.', 'told', true],
    ['Arland urged Borea to leave the Kelvask Pass before Friday.', 'urged', true],
    // The saying's own day, told right after it, or a day after what it names, is the saying's.
    ['Borea condemned on Tuesday the breach of the accord.', 'condemned', false],
    ['Borea condemned the shelling on Tuesday.', 'condemned', false],
  ])('"%s": %s', (text, saying, expected) => {
    expect(said(text, saying)).toBe(expected);
  });

  test('a length is no day of the words said', () => {
    expect(said('Velmora asked the two to extend the truce by 48 hours.', 'asked')).toBe(false);
  });

  test('a year written before the noun it names names that thing', () => {
    const text = 'Arland cited the 1994 accord.';
    expect(isNamingYear(text, findTimeExpressions(text).all[0]!)).toBe(true);
    const other = 'Arland cited an accord signed in 1994.';
    expect(isNamingYear(other, findTimeExpressions(other).all[0]!)).toBe(false);
  });
});
