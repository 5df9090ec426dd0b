import { Info } from 'luxon';
import { expect, test } from 'vitest';
import { CALENDAR_NAMES, MONTH_NAMES, WEEKDAY_NAMES } from '../../../scripts/lib/extract/time/calendarNames.ts';

test('MONTH_NAMES are the English months in full, in order, as luxon spells them', () => {
  expect(MONTH_NAMES).toEqual(Info.months('long', { locale: 'en-GB' }));
});

test('WEEKDAY_NAMES are the English weekdays in full, Monday first, as luxon spells them', () => {
  expect(WEEKDAY_NAMES).toEqual(Info.weekdays('long', { locale: 'en-GB' }));
});

test('CALENDAR_NAMES are the English months and weekdays in full, as luxon spells them', () => {
  const english = [...Info.months('long', { locale: 'en-GB' }), ...Info.weekdays('long', { locale: 'en-GB' })];
  expect([...CALENDAR_NAMES].sort()).toEqual(english.sort());
});
