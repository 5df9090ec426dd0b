import { describe, expect, test } from 'vitest';
import { readStamp } from '../../../scripts/lib/extract/time/readStamp.ts';

// Invented stamps in the shapes news sites print, each with the day it states: year-month-day, and
// whether it says in words that it is the page's stamp.
describe('readStamp reads a line that is only a date and the furniture of a stamp', () => {
  test.each([
    // Clock times and their zones, before or after the date.
    ['Published 12:34 PM GMT+7, Tue July 29, 2025', '2025-07-29', true],
    ['Updated: July 29, 2025 at 2:05 p.m. ET', '2025-07-29', true],
    ['Tuesday, 29 July 2025, 14:05 ICT', '2025-07-29', false],
    ['Mon 28 Jul 2025 22.10 BST', '2025-07-28', false],
    ['Jul 29 2025 - 14:05', '2025-07-29', false],
    ['29 Jul 2025 | 10:05 am', '2025-07-29', false],
    ['Jul 29, 2025, 14:05 GMT+7', '2025-07-29', false],
    ['Updated 29 July 2025, 14:05 (local time)', '2025-07-29', true],
    // Dates in figures, year last or first, with an ISO 8601 time.
    ['29/07/2025 14:05', '2025-07-29', false],
    ['2025-07-29T14:05:00+07:00', '2025-07-29', false],
    ['2025/07/29 14:05', '2025-07-29', false],
    ['Date Published: 7/29/2025', '2025-07-29', true],
    ['29-Jul-2025 14:05', '2025-07-29', false],
    // Stamp words, relative times, reading times, page buttons.
    ['July 29, 2025 / 2:05 PM / Updated 3 hours ago', '2025-07-29', true],
    ['Last Updated on 29 July 2025 by Desk', '2025-07-29', true],
    ['First published on Tue 29 Jul 2025 14.05 BST', '2025-07-29', true],
    ['Posted on July 29, 2025 by Mira Quell', '2025-07-29', true],
    ['Published : 29 July 2025 | Views: 1,234 | Share', '2025-07-29', true],
    ['This report was first published on 29 July 2025.', '2025-07-29', true],
    ['Last Modified: Tuesday, 29 July 2025, 14:05', '2025-07-29', true],
    // Bylines, with the date after the name or the name after the date.
    ['By Mira Quell | 29 July 2025', '2025-07-29', true],
    ['By Mira Quell and Oren Vask, Riverside Wire - 29 July 2025', '2025-07-29', true],
    ['Written by Mira Quell on July 29, 2025', '2025-07-29', true],
    ['Mira Quell July 29, 2025', '2025-07-29', false],
    ['Mira Quell, Staff Writer • Jul 29, 2025 · 4 min read', '2025-07-29', false],
    ['Filed by our correspondent in the capital, 29 July 2025', '2025-07-29', true],
    ['Mira Quell @miraquell · 29 Jul 2025', '2025-07-29', false],
    // A site's section, a place, capitals, a lower-case month, an ordinal.
    ['World News | Tuesday, 29 July 2025', '2025-07-29', false],
    ['ARLAND CITY, 29 July 2025', '2025-07-29', false],
    ['JULY 29, 2025', '2025-07-29', false],
    ['29 july 2025', '2025-07-29', false],
    ['Tuesday 29th July 2025 3:05 pm', '2025-07-29', false],
    // A release number beside the date.
    ['29-07-2025 Press Release 25/14', '2025-07-29', false],
  ])('%j', (line, day, worded) => {
    const stamp = readStamp(line, 'line');
    const { year, month, day: d } = stamp?.spec ?? {};
    expect([`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, stamp?.worded]).toEqual([day, worded]);
  });

  test('keeps the words of its date and where they stand', () => {
    const line = 'By Mira Quell | 29 July 2025 14:05';
    const stamp = readStamp(line, 'line')!;
    expect([stamp.text, line.slice(stamp.start, stamp.start + stamp.text.length)]).toEqual(['29 July 2025', '29 July 2025']);
  });

  test('takes the date of first publication before the date of an update, whichever comes first', () => {
    expect(readStamp('Updated 30 July 2025 | Published 29 July 2025', 'line')?.spec.day).toBe(29);
    expect(readStamp('29 July 2025 | Last updated: 30 July 2025', 'line')?.spec.day).toBe(29);
  });

  test('keeps the other reading of a date in figures that reads both ways', () => {
    expect(readStamp('Published 08-05-2025', 'line')).toMatchObject({ spec: { month: 5, day: 8 }, otherReading: { month: 8, day: 5 } });
    expect(readStamp('Published 28-05-2025', 'line')?.otherReading).toBeUndefined();
  });

  test('gives a date without its year the weekday written before it', () => {
    expect(readStamp('Tue July 29 | 14:05', 'line')?.spec).toMatchObject({ month: 7, day: 29, weekday: 2 });
    expect(readStamp('Tuesday, July 29', 'line')?.spec).toMatchObject({ month: 7, day: 29, weekday: 2 });
  });
});

describe('readStamp takes no stamp from a line that says anything else', () => {
  test.each([
    // News that holds a date.
    'On 29 July 2025, troops crossed the river.',
    'Troops crossed the river on 29 July 2025',
    'The talks began at 10:30 on 29 July 2025 in the capital',
    'The accord was published on 29 July 2025.',
    'Shelled by Borean guns on 29 July 2025',
    // A headline with a date.
    'Ceasefire talks set for 29 July 2025',
    'Border reopens 29 July 2025 after weeks of shelling',
    // A sentence that opens on "By" and a day is no byline.
    'By Tuesday, 29 July 2025, the troops had left',
    // Too many words that are neither furniture nor a short name.
    'Arland Border Guards Report Heavy Shelling Near River | 29 July 2025',
    // A count that is not of time.
    '300 troops 29 July 2025',
    // No day: a month, a year, a clock time alone.
    'Updated July 2025',
    'Published 14:05 ICT',
  ])('%j', (line) => {
    expect(readStamp(line, 'line')).toBeUndefined();
  });

  test('nor a date without its year or a weekday, unless it opens a lede', () => {
    expect(readStamp('July 29', 'line')).toBeUndefined();
    expect(readStamp('ARLAND CITY, July 29 (Wire)', 'lede')?.spec).toMatchObject({ month: 7, day: 29 });
  });
});
