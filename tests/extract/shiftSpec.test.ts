import { describe, expect, test } from 'vitest';
import { shiftSpec } from '../../scripts/lib/extract/time/shiftSpec.ts';
import type { TimeSpec } from '../../scripts/lib/extract/time/timeSpec.ts';

describe('shiftSpec: a day some days from a date the text gives', () => {
  test.each<[string, TimeSpec, number, TimeSpec | undefined]>([
    ['Monday, a day after', { type: 'weekday', weekday: 1 }, 1, { type: 'weekday', weekday: 2 }],
    ['Sunday, a day after, wraps to Monday', { type: 'weekday', weekday: 7 }, 1, { type: 'weekday', weekday: 1 }],
    ['Monday, two days before, is Saturday', { type: 'weekday', weekday: 1, hint: 'past' }, -2, { type: 'weekday', weekday: 6, hint: 'past' }],
    ['yesterday, a day after, is today', { type: 'relative', unit: 'day', shift: -1 }, 1, { type: 'relative', unit: 'day', shift: 0 }],
    ['March 1 without a year, two days before, is February 28', { type: 'calendar', month: 3, day: 1 }, -2, { type: 'calendar', month: 2, day: 28 }],
    ['31 December 2023, a day after, is 1 January 2024', { type: 'calendar', year: 2023, month: 12, day: 31 }, 1, { type: 'calendar', year: 2024, month: 1, day: 1 }],
    ['31 December without a year cannot cross into a year it does not know', { type: 'calendar', month: 12, day: 31 }, 1, undefined],
    ['a month is no day', { type: 'calendar', year: 2024, month: 3 }, 1, undefined],
    // "a week after … on Monday" is a Monday of another week, which the weekday cannot say.
    ['Monday, a week after, is no day a weekday can name', { type: 'weekday', weekday: 1 }, 7, undefined],
    ['Friday, hours after, is Friday', { type: 'weekday', weekday: 5 }, 0, { type: 'weekday', weekday: 5 }],
    ['"last week" is no day', { type: 'relative', unit: 'week', shift: -1 }, 1, undefined],
  ])('%s', (_name, spec, days, expected) => {
    expect(shiftSpec(spec, days)).toEqual(expected);
  });

  test('throws on a part of a day, a programmer error', () => {
    expect(() => shiftSpec({ type: 'weekday', weekday: 1 }, 0.5)).toThrow(TypeError);
  });
});
