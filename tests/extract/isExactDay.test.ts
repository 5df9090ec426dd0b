import { describe, expect, test } from 'vitest';
import { isExactDay } from '../../scripts/lib/extract/time/isExactDay.ts';
import type { ResolvedTime } from '../../scripts/lib/extract/time/resolveTime.ts';

describe('isExactDay', () => {
  test.each<[string, ResolvedTime | undefined, boolean]>([
    ['a day', { date: '2024-03-04', approximate: false }, true],
    ['a span of days', { date: '2024-03-04', endDate: '2024-03-06', approximate: false }, true],
    ['a window ("earlier this week")', { date: '2024-03-04', endDate: '2024-03-06', approximate: true }, false],
    ['a month', { date: '2024-03', approximate: false }, false],
    ['no time at all', undefined, false],
  ])('%s starts on a known day: %s', (_what, time, expected) => {
    expect(isExactDay(time)).toBe(expected);
  });
});
