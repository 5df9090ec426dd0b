import { describe, expect, test } from 'vitest';
import { readStamp } from '../../../scripts/lib/extract/time/readStamp.ts';

// Invented stamps in the shapes news sites print, each with the day it states: year-month-day, and
// whether it says in words that it is the page's stamp.
describe('readStamp reads a line that is only a date and the furniture of a stamp', () => {
  test.each([
    // Clock times and their zones, before or after the date.
    ['Published 09:20 AM GMT+5, Thu March 14, 2024', '2024-03-14', true],
    ['Updated: March 14, 2024 at 2:05 p.m. ET', '2024-03-14', true],
    ['Thursday, 14 March 2024, 09:20 EAT', '2024-03-14', false],
    ['Sun 9 Jun 2024 22.10 BST', '2024-06-09', false],
    ['Mar 14 2024 - 14:05', '2024-03-14', false],
    ['14 Mar 2024 | 10:05 am', '2024-03-14', false],
    ['Mar 14, 2024, 14:05 GMT+5', '2024-03-14', false],
    ['Updated 14 March 2024, 14:05 (local time)', '2024-03-14', true],
    ['14.03.2024, 17:40 MSK', '2024-03-14', false],
    // Dates in figures, year last or first, with an ISO 8601 time.
    ['14/03/2024 14:05', '2024-03-14', false],
    ['2024-03-14T09:20:00+05:00', '2024-03-14', false],
    ['2024/03/14 14:05', '2024-03-14', false],
    ['Date Published: 3/14/2024', '2024-03-14', true],
    ['14-Mar-2024 14:05', '2024-03-14', false],
    // A site's own language: the month in Turkish, French, Spanish (with its "de"), capitals or not.
    ['Ocak 23, 2024', '2024-01-23', false],
    ['14 mars 2024, 09:20', '2024-03-14', false],
    ['14 de marzo de 2024', '2024-03-14', false],
    ['5 KASIM 2023 14:05', '2023-11-05', false],
    ['By Mayo Smith | March 3, 2024', '2024-03-03', true],
    // Stamp words, relative times, reading times, page buttons.
    ['March 14, 2024 / 2:05 PM / Updated 3 hours ago', '2024-03-14', true],
    ['Last Updated on 14 March 2024 by Desk', '2024-03-14', true],
    ['First published on Thu 14 Mar 2024 14.05 GMT', '2024-03-14', true],
    ['Posted on March 14, 2024 by Mira Quell', '2024-03-14', true],
    // A publishing system's account as the byline.
    ['Posted on March 14, 2024 by admin', '2024-03-14', true],
    ['Published March 14, 2024 by newsdesk | 2 Comments', '2024-03-14', true],
    ['Published : 14 March 2024 | Views: 1,234 | Share', '2024-03-14', true],
    ['This report was first published on 14 March 2024.', '2024-03-14', true],
    ['Last Modified: Thursday, 14 March 2024, 14:05', '2024-03-14', true],
    // Bylines, with the date after the name or the name after the date.
    ['By Mira Quell | 14 March 2024', '2024-03-14', true],
    ['By Mira Quell and Oren Vask, Riverside Wire - 14 March 2024', '2024-03-14', true],
    ['Written by Mira Quell on March 14, 2024', '2024-03-14', true],
    ['Mira Quell March 14, 2024', '2024-03-14', false],
    ['Mira Quell, Staff Writer • Mar 14, 2024 · 4 min read', '2024-03-14', false],
    ['Filed by our correspondent in the capital, 14 March 2024', '2024-03-14', true],
    ['Mira Quell @miraquell · 14 Mar 2024', '2024-03-14', false],
    // A site's section, a place, capitals, a lower-case month, an ordinal.
    ['World News | Thursday, 14 March 2024', '2024-03-14', false],
    ['ARLAND CITY, 14 March 2024', '2024-03-14', false],
    ['MARCH 14, 2024', '2024-03-14', false],
    ['14 march 2024', '2024-03-14', false],
    ['Thursday 14th March 2024 3:05 pm', '2024-03-14', false],
    // A release number beside the date.
    ['14-03-2024 Press Release 24/09', '2024-03-14', false],
  ])('%j', (line, day, worded) => {
    const stamp = readStamp(line, 'line');
    const { year, month, day: d } = stamp?.spec ?? {};
    expect([`${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`, stamp?.worded]).toEqual([day, worded]);
  });

  test('keeps the words of its date and where they stand', () => {
    const line = 'By Mira Quell | 14 March 2024 14:05';
    const stamp = readStamp(line, 'line')!;
    expect([stamp.text, line.slice(stamp.start, stamp.start + stamp.text.length)]).toEqual(['14 March 2024', '14 March 2024']);
  });

  test('parts a year from the clock time glued to it, as pages pasted from spans leave them, and keeps offsets into the line', () => {
    const line = 'Mar 14, 202411:55 PM GMT+5Updated 2 hours ago | First published Mar 13, 20249:05 AM GMT+5';
    const stamp = readStamp(line, 'line')!;
    expect([stamp.spec.day, stamp.clock, line.slice(stamp.start, stamp.start + stamp.text.length)]).toEqual([13, { hour: 9, minute: 5, offsetMinutes: 300 }, 'Mar 13, 2024']);
    expect(readStamp('March 14, 20246:15 AM GMT+5', 'line')).toMatchObject({ text: 'March 14, 2024', start: 0, clock: { hour: 6, minute: 15, offsetMinutes: 300 } });
  });

  test('takes the date of first publication before the date of an update, whichever comes first', () => {
    expect(readStamp('Updated 15 March 2024 | Published 14 March 2024', 'line')?.spec.day).toBe(14);
    expect(readStamp('14 March 2024 | Last updated: 15 March 2024', 'line')?.spec.day).toBe(14);
  });

  test('keeps the other reading of a date in figures that reads both ways', () => {
    expect(readStamp('Published 08-05-2023', 'line')).toMatchObject({ spec: { month: 5, day: 8 }, otherReading: { month: 8, day: 5 } });
    expect(readStamp('Published 28-05-2023', 'line')?.otherReading).toBeUndefined();
  });

  test('gives a date without its year the weekday written before it', () => {
    expect(readStamp('Thu March 14 | 14:05', 'line')?.spec).toMatchObject({ month: 3, day: 14, weekday: 4 });
    expect(readStamp('Thursday, March 14', 'line')?.spec).toMatchObject({ month: 3, day: 14, weekday: 4 });
  });
});

describe('readStamp takes no stamp from a line that says anything else', () => {
  test.each([
    // News that holds a date.
    'On 14 March 2024, troops crossed the river.',
    'Troops crossed the river on 14 March 2024',
    'The talks began at 10:30 on 14 March 2024 in the capital',
    'The accord was published on 14 March 2024.',
    'Shelled by Borean guns on 14 March 2024',
    // A word in lower case after "by" is an account only beside a stamp word.
    'Shelled by troops on 14 March 2024',
    'The decree was published on 14 March 2024 by parliament',
    // A headline with a date.
    'Ceasefire talks set for 14 March 2024',
    'Border reopens 14 March 2024 after weeks of shelling',
    // A sentence that opens on "By" and a day is no byline.
    'By Thursday, 14 March 2024, the troops had left',
    // Too many words that are neither furniture nor a short name.
    'Arland Border Guards Report Heavy Shelling Near River | 14 March 2024',
    // A count that is not of time.
    '300 troops 14 March 2024',
    // No day: a month, a year, a clock time alone.
    'Updated March 2024',
    'Published 09:20 PKT',
  ])('%j', (line) => {
    expect(readStamp(line, 'line')).toBeUndefined();
  });

  test('nor a date alone without its year or a weekday, unless it opens a lede, says it is a stamp or sits in a bar of furniture', () => {
    expect(readStamp('March 14', 'line')).toBeUndefined();
    expect(readStamp('ARLAND CITY, March 14 (Wire)', 'lede')?.spec).toMatchObject({ month: 3, day: 14 });
    expect(readStamp('Updated March 14', 'line')?.spec).toEqual({ type: 'calendar', month: 3, day: 14 });
    expect(readStamp('Newsdesk | March 14 | 4 min read', 'line')?.spec).toEqual({ type: 'calendar', month: 3, day: 14 });
  });

  test("reads a wire's dateline set on a line of its own, a place and a comma before the day and month", () => {
    // As pages print it under the headline, the lede starting on the next line.
    for (const line of ['Port Vella, March 14', 'PORT VELLA, 14 March', 'Port Vella, Mar 14 (RW)', 'Port Vella/North Ridge, Mar 14:', 'NORTH RIDGE, Arland, March 14 -']) {
      expect(readStamp(line, 'line')?.spec, line).toEqual({ type: 'calendar', month: 3, day: 14 });
    }
    // A day without a place before it, words after it, or a place without its comma is no dateline.
    for (const line of ['March 14 (RW)', 'Port Vella, March 14 talks', 'Port Vella March 14', 'Talks in Port Vella, March 14 to 16']) {
      expect(readStamp(line, 'line'), line).toBeUndefined();
    }
  });

  test("reads a live page's note of its clock as furniture, and nothing more", () => {
    expect(readStamp('Live desk | March 14 | Times are Borean time (BST)', 'line')?.spec).toMatchObject({ month: 3, day: 14 });
    expect(readStamp('March 14, 2024 · All times are local', 'line')?.spec).toMatchObject({ year: 2024, month: 3, day: 14 });
    expect(readStamp('Times were hard on March 14, 2024', 'line')).toBeUndefined();
    // The note names its clock, in any case ("All Times Are Local"); a word in lower case after it is text.
    expect(readStamp('Live desk | March 14 | All Times Are Local', 'line')?.spec).toMatchObject({ month: 3, day: 14 });
    expect(readStamp('Live desk | March 14 | Times are approximate', 'line')).toBeUndefined();
  });
});
