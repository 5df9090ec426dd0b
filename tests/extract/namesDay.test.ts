import { describe, expect, test } from 'vitest';
import { hasTimeOfDay, namesDay } from '../../scripts/lib/extract/time/namesDay.ts';
import type { TimeSpec } from '../../scripts/lib/extract/time/timeSpec.ts';

describe('namesDay and hasTimeOfDay', () => {
  test.each<[string, TimeSpec, boolean, boolean]>([
    ['"Monday"', { type: 'weekday', weekday: 1 }, true, false],
    ['"Monday morning"', { type: 'weekday', weekday: 1, time: { partOfDay: 'MO' } }, true, true],
    ['"yesterday"', { type: 'relative', unit: 'day', shift: -1 }, true, false],
    ['"last week"', { type: 'relative', unit: 'week', shift: -1 }, false, false],
    ['"8 December"', { type: 'calendar', month: 12, day: 8 }, true, false],
    ['"December"', { type: 'calendar', month: 12 }, false, false],
    ['"at 10 p.m."', { type: 'calendar', time: { hour: 22 } }, false, true],
  ])('%s names a day: %s; gives a time of day: %s', (_words, spec, day, time) => {
    expect(namesDay(spec)).toBe(day);
    expect(hasTimeOfDay(spec)).toBe(time);
  });
});
