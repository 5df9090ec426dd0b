import { describe, expect, test } from 'vitest';
import { zonedClock } from '../../../scripts/lib/extract/time/zonedClock.ts';

describe('zonedClock', () => {
  test.each([
    ['Last updated at 08:14 GMT', { hour: 8, minute: 14, offsetMinutes: 0 }],
    ['Published 09:20 AM GMT+5, Thu March 14, 2024', { hour: 9, minute: 20, offsetMinutes: 300 }],
    ['Updated 12:10 AM UTC-3', { hour: 0, minute: 10, offsetMinutes: -180 }],
    ['2024-03-14T09:20:00+05:00', { hour: 9, minute: 20, offsetMinutes: 300 }],
    ['Sun 9 Jun 2024 22.10 BST', { hour: 22, minute: 10, offsetMinutes: 60 }],
    ['Thursday, 14 March 2024, 09:20 EAT', { hour: 9, minute: 20, offsetMinutes: 180 }],
    ['Updated 9:40 p.m. EST', { hour: 21, minute: 40, offsetMinutes: -300 }],
    ['14 March 2024 18:05 HKT', { hour: 18, minute: 5, offsetMinutes: 480 }],
    ['Published 20:45 IRST', { hour: 20, minute: 45, offsetMinutes: 210 }],
    ['March 14, 2024 6:15 AM GMT+5Updated 2 hours ago', { hour: 6, minute: 15, offsetMinutes: 300 }],
  ])('reads %j', (line, clock) => {
    expect(zonedClock(line)).toEqual(clock);
  });

  test('reads the clock nearest the date it is the time of, on a line of two stamps', () => {
    const line = 'Published 09:20 AM GMT+5, Thu March 14 | Updated 3:00 PM GMT+4, March 15';
    expect(zonedClock(line, undefined, { start: line.indexOf('Thu'), end: line.indexOf(' |') })?.hour).toBe(9);
    expect(zonedClock(line, undefined, { start: line.indexOf('March 15'), end: line.length })?.hour).toBe(15);
    expect(zonedClock('Updated 11:40 PM IST, 21:10 GMT')?.hour).toBe(21);
  });

  test('reads a United States zone in the offset the day has', () => {
    expect(zonedClock('2:05 p.m. ET', { year: 2024, month: 6, day: 14 })?.offsetMinutes).toBe(-240);
    expect(zonedClock('2:05 p.m. ET', { year: 2024, month: 1, day: 14 })?.offsetMinutes).toBe(-300);
    expect(zonedClock('2:05 p.m. ET')).toBeUndefined();
  });

  test.each(['14:05', 'Updated 11:40 PM IST', '10:05 am', 'News | Velmora Post | 15.11.2021', '15.11.2021'])('says nothing of %j, which names no one zone', (line) => {
    expect(zonedClock(line)).toBeUndefined();
  });
});
