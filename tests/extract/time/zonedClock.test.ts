import { describe, expect, test } from 'vitest';
import { zonedClock } from '../../../scripts/lib/extract/time/zonedClock.ts';

describe('zonedClock', () => {
  test.each([
    ['Last updated at 08:14 GMT', { hour: 8, minute: 14, offsetMinutes: 0 }],
    ['Published 12:34 PM GMT+7, Tue July 29, 2025', { hour: 12, minute: 34, offsetMinutes: 420 }],
    ['Updated 12:10 AM UTC-3', { hour: 0, minute: 10, offsetMinutes: -180 }],
    ['2025-07-29T14:05:00+07:00', { hour: 14, minute: 5, offsetMinutes: 420 }],
    ['Mon 28 Jul 2025 22.10 BST', { hour: 22, minute: 10, offsetMinutes: 60 }],
    ['Tuesday, 29 July 2025, 14:05 ICT', { hour: 14, minute: 5, offsetMinutes: 420 }],
    ['Updated 9:40 p.m. EST', { hour: 21, minute: 40, offsetMinutes: -300 }],
    ['July 29, 2025 5:32 AM GMT+7Updated 3 hours ago', { hour: 5, minute: 32, offsetMinutes: 420 }],
  ])('reads %j', (line, clock) => {
    expect(zonedClock(line)).toEqual(clock);
  });

  test('reads a United States zone in the offset the day has', () => {
    expect(zonedClock('2:05 p.m. ET', { year: 2025, month: 7, day: 29 })?.offsetMinutes).toBe(-240);
    expect(zonedClock('2:05 p.m. ET', { year: 2025, month: 1, day: 29 })?.offsetMinutes).toBe(-300);
    expect(zonedClock('2:05 p.m. ET')).toBeUndefined();
  });

  test.each(['14:05', 'Updated 11:40 PM IST', '10:05 am'])('says nothing of %j, which names no one zone', (line) => {
    expect(zonedClock(line)).toBeUndefined();
  });
});
