import { describe, expect, test } from 'vitest';
import { grainOf, isRightDate } from '../../../scripts/lib/bench/events/isRightDate.ts';

describe('isRightDate: the event shares a day with the key and is known no less finely', () => {
  test.each([
    ['the same day', { date: '2021-04-29' }, { date: '2021-04-29' }, true],
    ['a day inside a key span', { date: '2022-09-15' }, { date: '2022-09-14', endDate: '2022-09-16' }, true],
    ['a span that starts before and ends inside the key', { date: '2022-09-12', endDate: '2022-09-14' }, { date: '2022-09-14', endDate: '2022-09-16' }, true],
    ['the day before', { date: '2021-04-28' }, { date: '2021-04-29' }, false],
    ['the same day of another year', { date: '2026-04-29' }, { date: '2021-04-29' }, false],
    ['a month-level recap of a day-level happening', { date: '2021-04' }, { date: '2021-04-29' }, false],
    ['a year-level recap of a month-level happening', { date: '2008' }, { date: '2008-07' }, false],
    ['a day inside a month-level happening', { date: '2008-07-07' }, { date: '2008-07' }, true],
    ['the month of a month-level happening', { date: '2008-07' }, { date: '2008-07' }, true],
    ['an approximate window of a week ("earlier this week")', { date: '2022-09-12', endDate: '2022-09-18', approximate: true }, { date: '2022-09-14' }, true],
    ['an approximate window of ten days ("mid-February")', { date: '2011-02-11', endDate: '2011-02-20', approximate: true }, { date: '2011-02-14' }, false],
  ])('%s', (_name, event, key, expected) => {
    expect(isRightDate(event, key)).toBe(expected);
  });

  test('grainOf reads an approximate window longer than a week as a month', () => {
    expect(grainOf({ date: '2011-02-11', endDate: '2011-02-20', approximate: true })).toBe('month');
    expect(grainOf({ date: '2011-02-11', endDate: '2011-02-20' })).toBe('day');
  });
});
