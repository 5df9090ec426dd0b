import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../../scripts/lib/extract/time/findDates.ts';
import { findTimeExpressions } from '../../../scripts/lib/extract/time/findTimeExpressions.ts';
import { listedWeekday } from '../../../scripts/lib/extract/time/listedWeekday.ts';

const dated = (text: string, published: string, which = 0) => {
  const dates = findDates(text, findTimeExpressions(text).all);
  return listedWeekday(text, dates[which]!, dates, DateTime.fromISO(published, { zone: 'UTC' }));
};

describe('listedWeekday: weekdays listed in the past fall in the order of the calendar', () => {
  // 2031-03-11 is a Tuesday.
  test('a weekday listed before later ones falls before them, even when publication is that weekday', () => {
    const text = 'Arland had closed the Velmora airport on Tuesday, Friday and Saturday of this week.';
    expect(dated(text, '2031-03-11', 0)).toBe('2031-03-04');
    expect(dated(text, '2031-03-11', 1)).toBe('2031-03-07');
    // Published on the Sunday after, the list reads the same week.
    expect(dated(text, '2031-03-09', 0)).toBe('2031-03-04');
  });

  test('joins by "and" and "or" too', () => {
    expect(dated('Borean drones crossed into Ondria on Monday and Wednesday.', '2031-03-10', 0)).toBe('2031-03-03');
  });

  test('leaves a weekday no other weekday follows in a list to its own reading', () => {
    expect(dated('Arland closed the crossing on Saturday, and Borea protested.', '2031-03-11', 0)).toBeUndefined();
    expect(dated('Talks were held on Monday; on Thursday the talks broke down.', '2031-03-11', 0)).toBeUndefined();
  });
});
