import { describe, expect, test } from 'vitest';
import { findTimeExpressions } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { nightEdge } from '../../scripts/lib/extract/time/nightEdge.ts';

/** The side of midnight of each date of a sentence. */
const edges = (text: string) => findTimeExpressions(text).all.map((t) => [t.text, nightEdge(text, t) ?? null]);

describe('nightEdge: which side of midnight a day is named on', () => {
  test.each([
    ['Rockets hit the village on Tuesday night.', [['Tuesday night', 'late']]],
    ['Troops clashed on Tuesday evening.', [['Tuesday evening', 'late']]],
    ['Troops clashed late on Tuesday.', [['late on Tuesday', 'late']]],
    ['Rockets struck the village early on Wednesday.', [['early on Wednesday', 'early']]],
    ['Rockets struck in the early hours of Wednesday.', [['Wednesday', 'early']]],
    ['Gunners opened fire before dawn on Wednesday.', [['Wednesday', 'early']]],
  ])('%s', (text, expected) => {
    expect(edges(text)).toEqual(expected);
  });

  test.each([
    'Troops clashed on Tuesday.',
    'Envoys met on Wednesday morning.',
    // A part of a month is no side of a day.
    'Troops massed on the border in late March.',
    'The truce held in early April.',
  ])('names none in %j', (text) => {
    // Read, or the check below would pass on a sentence with no date at all.
    const read = edges(text);
    expect(read).not.toEqual([]);
    expect(read.map(([, edge]) => edge)).toEqual(read.map(() => null));
  });
});
