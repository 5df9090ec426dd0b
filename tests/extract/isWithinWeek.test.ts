import { describe, expect, test } from 'vitest';
import { isWithinWeek } from '../../scripts/lib/extract/time/isWithinWeek.ts';
import type { ResolvedTime } from '../../scripts/lib/extract/time/resolveTime.ts';

describe('isWithinWeek', () => {
  test.each<[string, ResolvedTime | undefined, boolean]>([
    ['a day', { date: '2024-04-01', approximate: false }, true],
    ['"earlier this week"', { date: '2024-04-01', endDate: '2024-04-03', approximate: true }, true],
    ['"last week", Monday to Sunday', { date: '2024-03-25', endDate: '2024-03-31', approximate: true }, true],
    ['two weeks', { date: '2024-03-18', endDate: '2024-03-31', approximate: true }, false],
    ['a month', { date: '2024-04', approximate: false }, false],
    ['no time at all', undefined, false],
  ])('%s is a day or a window of at most a week: %s', (_what, time, expected) => {
    expect(isWithinWeek(time)).toBe(expected);
  });
});
