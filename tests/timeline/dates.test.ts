import { describe, expect, test } from 'vitest';
import { ENGLISH_CALENDAR } from '../../src/client/i18n/clientText.ts';
import { formatDay } from '../../src/client/timeline/formatDay.ts';
import { CALENDARS } from '../../src/i18n/calendars.ts';
import { siteConfig } from '../../src/siteConfig.ts';
import { dayOf, parseDay } from '../../src/client/timeline/parseDay.ts';
import { gapStep } from '../../src/lib/gapStep.ts';
import { shortDate } from '../../src/lib/shortDate.ts';

const DAY = 86_400_000;

describe('parseDay', () => {
  test.each([
    ['2024-02-29', Date.UTC(2024, 1, 29)],
    ['2025-12-07', Date.UTC(2025, 11, 7)],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['2025-12', undefined],
    ['2025-1-07', undefined],
    [' 2025-12-07', undefined],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDay(text)).toBe(expected);
  });

  test('gives back the day it read, whatever the time of day', () => {
    expect(dayOf(Date.UTC(2025, 11, 7, 23, 59))).toBe('2025-12-07');
  });
});

describe('formatDay', () => {
  test(`writes the UTC day whatever the machine's zone (${process.env.TZ})`, () => {
    expect(formatDay(Date.UTC(2025, 11, 7), 'dayMonthYear')).toBe('7 Dec 2025');
    expect(formatDay(Date.UTC(2025, 11, 7), 'monthYear')).toBe('Dec 2025');
    expect(formatDay(Date.UTC(2025, 0, 1), 'day')).toBe('1');
  });

  test('writes with the calendar it is given: its months, era and digits', () => {
    const thai = { monthsShort: CALENDARS.th.monthsShort, digits: CALENDARS.th.digits, yearOffset: CALENDARS.th.yearOffset };
    const khmer = { monthsShort: CALENDARS.km.monthsShort, digits: CALENDARS.km.digits, yearOffset: CALENDARS.km.yearOffset };
    expect(formatDay(Date.UTC(2025, 11, 25), 'dayMonthYear', thai)).toBe('25 ธ.ค. 2568');
    expect(formatDay(Date.UTC(2025, 11, 25), 'dayMonthYear', khmer)).toBe('២៥ ធ្នូ ២០២៥');
  });

  test("writes English months as the build's Intl abbreviates them in the site's locale", () => {
    const format = new Intl.DateTimeFormat(siteConfig.locale, { month: 'short', timeZone: 'UTC' });
    expect(ENGLISH_CALENDAR.monthsShort).toEqual(Array.from({ length: 12 }, (_, m) => format.format(Date.UTC(2025, m, 1))));
  });
});

describe('gapStep', () => {
  test.each([[0, 0], [1, 1], [3, 2], [7, 3], [30, 5], [120, 7], [365, 8], [3650, 8]])('%i days apart is step %i', (days, step) => {
    expect(gapStep(0, days * DAY)).toBe(step);
  });

  test('grows with the gap but never shrinks', () => {
    let last = 0;
    for (let days = 0; days < 1000; days++) {
      const step = gapStep(0, days * DAY);
      expect(step).toBeGreaterThanOrEqual(last);
      last = step;
    }
  });
});

describe('shortDate', () => {
  test.each([
    ['2025-12-07', undefined, '7 Dec'],
    ['2025-12-22', '2025-12-23', '22–23 Dec'],
    ['2025-12-30', '2026-01-02', '30 Dec –'],
    ['2025-07', undefined, 'Jul'],
  ])('writes %s…%s as %s', (date, end, expected) => {
    expect(shortDate(date, end, 'en-GB')).toBe(expected);
  });
});
