import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { daysFromRun } from '../../../scripts/lib/extract/time/daysFromRun.ts';

const day = (iso: string, zone = 'UTC') => DateTime.fromISO(iso, { zone });

describe('daysFromRun', () => {
  test('is the distance to the nearest of the run’s days, on either side, in any order', () => {
    const fromRun = daysFromRun([day('2024-03-20'), day('2023-11-02'), day('2024-03-01')]);
    expect(fromRun(day('2024-03-15'))).toBe(5);
    expect(fromRun(day('2024-03-05'))).toBe(4);
    expect(fromRun(day('2024-03-20'))).toBe(0);
    expect(fromRun(day('2025-03-20'))).toBe(365);
    expect(fromRun(day('2020-01-01'))).toBe(day('2023-11-02').diff(day('2020-01-01'), 'days').days);
  });

  test('counts whole days across a clock change', () => {
    const fromRun = daysFromRun([day('2024-03-25', 'Europe/Paris')]);
    expect(fromRun(day('2024-03-30', 'Europe/Paris'))).toBe(5);
    expect(fromRun(day('2024-03-29', 'Europe/Paris'))).toBe(4);
  });

  test('is Infinity with no day in the run', () => {
    expect(daysFromRun([])(day('2024-03-15'))).toBe(Infinity);
  });
});
