import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import type { TimeSpec } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { resolveTime, type Direction } from '../../scripts/lib/extract/time/resolveTime.ts';

// A Wednesday, in the timeline's zone; the test process runs in America/Los_Angeles.
const published = DateTime.fromISO('2023-04-19', { zone: 'UTC+7' });

describe('resolveTime, for an article published on Wednesday 19 April 2023', () => {
  test.each<[string, TimeSpec, Direction, string, string?]>([
    ['"on Wednesday" said of the past is the day itself', { type: 'weekday', weekday: 3 }, 'past', '2023-04-19'],
    ['"on Saturday" said of the future is the 22nd', { type: 'weekday', weekday: 6 }, 'future', '2023-04-22'],
    ['"on Saturday" said of the past is the 15th', { type: 'weekday', weekday: 6 }, 'past', '2023-04-15'],
    ['"on Monday" in neutral wording looks back', { type: 'weekday', weekday: 1 }, 'neutral', '2023-04-17'],
    ['"next Monday" looks forward whatever the wording', { type: 'weekday', weekday: 1, hint: 'future' }, 'past', '2023-04-24'],
    ['"April 27" scheduled is this year', { type: 'calendar', month: 4, day: 27 }, 'future', '2023-04-27'],
    ['"April 27" in the past is last year', { type: 'calendar', month: 4, day: 27 }, 'past', '2022-04-27'],
    ['"February 5" scheduled is next year', { type: 'calendar', month: 2, day: 5 }, 'future', '2024-02-05'],
    ['"in February" is this year\'s February', { type: 'calendar', month: 2 }, 'past', '2023-02'],
    ['"in February" in neutral wording is the nearer February', { type: 'calendar', month: 2 }, 'neutral', '2023-02'],
    ['"in May" in neutral wording is the nearer May', { type: 'calendar', month: 5 }, 'neutral', '2023-05'],
    ['"since 2022" is a year', { type: 'calendar', year: 2022 }, 'past', '2022'],
    ['"earlier this month" is the month', { type: 'relative', unit: 'month', shift: 0, part: 'earlier' }, 'past', '2023-04'],
    ['"last month" is March', { type: 'relative', unit: 'month', shift: -1 }, 'past', '2023-03'],
    ['"yesterday" is the 18th', { type: 'relative', unit: 'day', shift: -1 }, 'past', '2023-04-18'],
    ['"Friday last week" is the Friday of the week before', { type: 'weekday', weekday: 5, week: -1 }, 'past', '2023-04-14'],
    ['"Monday next week" is the Monday after', { type: 'weekday', weekday: 1, week: 1 }, 'past', '2023-04-24'],
  ])('%s', (_, spec, direction, date) => {
    expect(resolveTime(spec, published, direction)).toEqual({ date, approximate: false });
  });

  test.each<[string, TimeSpec, string, string]>([
    ['"earlier this week" is Monday to Tuesday', { type: 'relative', unit: 'week', shift: 0, part: 'earlier' }, '2023-04-17', '2023-04-18'],
    ['"later this week" is Thursday to Sunday', { type: 'relative', unit: 'week', shift: 0, part: 'later' }, '2023-04-20', '2023-04-23'],
    ['"last week" is the previous Monday to Sunday', { type: 'relative', unit: 'week', shift: -1 }, '2023-04-10', '2023-04-16'],
    ['"mid-April" is the 11th to the 20th', { type: 'calendar', part: 'mid', month: 4 }, '2023-04-11', '2023-04-20'],
    ['"late February" ends on the month\'s last day', { type: 'calendar', part: 'late', month: 2, year: 2024 }, '2024-02-21', '2024-02-29'],
  ])('%s, approximately', (_, spec, date, endDate) => {
    expect(resolveTime(spec, published, 'past')).toEqual({ date, endDate, approximate: true });
  });

  test.each<[string, TimeSpec, string, string]>([
    ['"the first quarter" is January to March', { type: 'calendar', period: { kind: 'quarter', index: 1 } }, '2023-01-01', '2023-03-31'],
    ['"the summer of 2023" is June to August', { type: 'calendar', period: { kind: 'season', index: 'SU' }, year: 2023 }, '2023-06-01', '2023-08-31'],
    ['"the weekend" said of the past is Saturday 15 and Sunday 16', { type: 'relative', unit: 'weekend', shift: 0, loose: true }, '2023-04-15', '2023-04-16'],
  ])('%s, approximately', (_, spec, date, endDate) => {
    expect(resolveTime(spec, published, 'past')).toEqual({ date, endDate, approximate: true });
  });

  test('"the 1990s" spans its ten years, at the precision of a year', () => {
    expect(resolveTime({ type: 'calendar', year: 1990, period: { kind: 'decade' } }, published, 'past')).toEqual({ date: '1990', endDate: '1999', approximate: true });
  });

  test('"in 2009-2010" spans two years, at the precision of a year', () => {
    expect(resolveTime({ type: 'calendar', year: 2009, untilYear: 2010 }, published, 'past')).toEqual({ date: '2009', endDate: '2010', approximate: false });
  });

  test.each<[string, TimeSpec]>([
    ['a duration', { type: 'duration', amount: 3, unit: 'day', qualifier: 'exactly' }],
    ['a recurrence', { type: 'set', value: 'P1D' }],
    ['"now"', { type: 'reference', ref: 'PRESENT_REF' }],
  ])('%s is no date for the timeline', (_, spec) => {
    expect(resolveTime(spec, published, 'past')).toBeUndefined();
  });

  test('a date that does not exist resolves to nothing', () => {
    expect(resolveTime({ type: 'calendar', month: 2, day: 30 }, published, 'past')).toBeUndefined();
  });
});

describe('resolveTime answers each date once per publication day', () => {
  const saturday: TimeSpec = { type: 'weekday', weekday: 6 };

  test('the same words asked again on another day, or pointing another way, are placed afresh', () => {
    expect(resolveTime(saturday, published, 'past')?.date).toBe('2023-04-15');
    expect(resolveTime(saturday, published.plus({ days: 7 }), 'past')?.date).toBe('2023-04-22');
    expect(resolveTime(saturday, published, 'future')?.date).toBe('2023-04-22');
    expect(resolveTime({ type: 'relative', unit: 'year', shift: -1, from: 'reference', precise: true }, published, 'past', { reference: '2024-03-02' })?.date).toBe('2023-03-02');
    expect(resolveTime({ type: 'relative', unit: 'year', shift: -1, from: 'reference', precise: true }, published, 'past', { reference: '2023-05-09' })?.date).toBe('2022-05-09');
  });

  test('an answer given twice cannot be changed by whoever holds it', () => {
    const first = resolveTime(saturday, published, 'past')!;
    expect(Object.isFrozen(first)).toBe(true);
    expect(resolveTime({ type: 'weekday', weekday: 6 }, published, 'past')).toEqual({ date: '2023-04-15', approximate: false });
  });
});
