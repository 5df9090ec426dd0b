import { describe, expect, test } from 'vitest';
import { daySpan, isRealDate, isRealDay, precisionOf } from '../src/lib/partialDate.ts';
import { formatReportedDate } from '../src/lib/formatReportedDate.ts';

describe('partial dates', () => {
  test.each([
    ['2025', 'year'],
    ['2025-07', 'month'],
    ['2025-07-24', 'day'],
    ['2025-7-24', undefined],
    ['24 July 2025', undefined],
  ])('precisionOf(%s) is %s', (date, precision) => {
    expect(precisionOf(date)).toBe(precision);
  });

  test.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13', false],
    ['2025-00', false],
    ['2025-12-31', true],
  ])('isRealDate(%s) is %s', (date, real) => {
    expect(isRealDate(date)).toBe(real);
  });

  test.each([
    ['2024-02-29', true],
    ['2025-12-31', true],
    ['2025-02-29', false],
    ['2025-04-31', false],
    ['2025-12', false],
    ['2025', false],
    ['2025-7-4', false],
    ['2025-07-24T00:00', false],
    [' 2025-07-24', false],
    ['', false],
  ])('isRealDay(%j) is %s', (value, real) => {
    expect(isRealDay(value)).toBe(real);
  });

  test('daySpan covers the whole month, whatever the machine time zone', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(daySpan('2025-02')).toEqual({ first: '2025-02-01', last: '2025-02-28' });
    expect(daySpan('2025-12-24')).toEqual({ first: '2025-12-24', last: '2025-12-24' });
  });

  test('formatReportedDate keeps the precision the sources give', () => {
    expect(formatReportedDate('2025-07', undefined, 'en-GB')).toBe('July 2025');
    expect(formatReportedDate('2025-12-01', undefined, 'en-GB')).toBe('1 December 2025');
    expect(formatReportedDate('2025-12-24', '2025-12-26', 'en-GB')).toBe('24 December 2025 – 26 December 2025');
    // Written once per day and locale for a build: the same day in another locale is its own.
    expect(formatReportedDate('2025-07', undefined, 'fr')).toBe('juillet 2025');
    expect(formatReportedDate('2025-07', undefined, 'en-GB')).toBe('July 2025');
  });
});
