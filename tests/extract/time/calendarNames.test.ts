import { Info } from 'luxon';
import { expect, test } from 'vitest';
import { CALENDAR_NAMES } from '../../../scripts/lib/extract/time/calendarNames.ts';

test('CALENDAR_NAMES are the English months and weekdays in full, as luxon spells them', () => {
  const english = [...Info.months('long', { locale: 'en-GB' }), ...Info.weekdays('long', { locale: 'en-GB' })];
  expect([...CALENDAR_NAMES].sort()).toEqual(english.sort());
});
