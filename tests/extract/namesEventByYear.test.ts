import { describe, expect, test } from 'vitest';
import { namesEventByYear } from '../../scripts/lib/extract/time/namesEventByYear.ts';

const at = (text: string, year: string) => namesEventByYear(text, { start: text.indexOf(year), end: text.indexOf(year) + year.length });

describe('namesEventByYear', () => {
  test.each([
    ['Velmora has been uneasy since a 1998 coup.', '1998'],
    ['Ondria has known little calm since its 2009 uprising.', '2009'],
    ["The crossing was opened under Arland's 2003 treaty with Borea.", '2003'],
    ['The 1987 accord left the pass to Borea.', '1987'],
  ])('a year between a determiner and its noun names an event of history: %s', (text, year) => {
    expect(at(text, year)).toBe(true);
  });

  test.each([
    ['In 2014, Borea shot down an Arland drone.', '2014'],
    ['Arland has held the pass since 2011.', '2011'],
    ['The war that began in 2009 and ended in 2010 left the pass to Borea.', '2009'],
    ['Talks were held in the summer of 2020.', '2020'],
  ])('a year told as when something happened is no such name: %s', (text, year) => {
    expect(at(text, year)).toBe(false);
  });
});
