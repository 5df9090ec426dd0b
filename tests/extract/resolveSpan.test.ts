import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import type { Extent, TimeSpec } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { resolveSpan } from '../../scripts/lib/extract/time/resolveSpan.ts';

// A Wednesday.
const published = DateTime.fromISO('2024-04-24', { zone: 'UTC+7' });
const monday: TimeSpec = { type: 'weekday', weekday: 1 };

describe('resolveSpan, for an article published on Wednesday 24 April 2024', () => {
  test.each<[string, TimeSpec, Extent | undefined, object]>([
    ['a date without a span is what resolveTime gives', monday, undefined, { date: '2024-04-22', approximate: false }],
    ['"since Monday" runs to the day of publication', monday, { to: 'date', until: { type: 'relative', unit: 'day', shift: 0 } }, { date: '2024-04-22', endDate: '2024-04-24', approximate: false }],
    ['"from Monday to Tuesday" ends on the Tuesday after the Monday', monday, { to: 'date', until: { type: 'weekday', weekday: 2 } }, { date: '2024-04-22', endDate: '2024-04-23', approximate: false }],
    ['"from 30 December 2022 to 2 January" crosses into the next year', { type: 'calendar', year: 2022, month: 12, day: 30 }, { to: 'date', until: { type: 'calendar', month: 1, day: 2 } }, { date: '2022-12-30', endDate: '2023-01-02', approximate: false }],
    ['"from February to March" keeps months', { type: 'calendar', month: 2 }, { to: 'date', until: { type: 'calendar', month: 3 } }, { date: '2024-02', endDate: '2024-03', approximate: false }],
    ['"for three days from Monday" runs to Wednesday', monday, { to: 'count', days: 3 }, { date: '2024-04-22', endDate: '2024-04-24', approximate: false }],
    ['"three days of fighting, ending on Monday" starts on the Saturday', monday, { to: 'count', days: 3, back: true }, { date: '2024-04-20', endDate: '2024-04-22', approximate: false }],
    ['"throughout last week" is all of it', { type: 'relative', unit: 'week', shift: -1 }, { to: 'whole' }, { date: '2024-04-15', endDate: '2024-04-21', approximate: false }],
    ['"the first week of February" is a window of its days', { type: 'calendar', month: 2, year: 2024 }, { to: 'whole', days: [1, 7], window: true }, { date: '2024-02-01', endDate: '2024-02-07', approximate: true }],
    ['"the last week of February" ends on its last day', { type: 'calendar', month: 2, year: 2023 }, { to: 'whole', days: [22, 31], window: true }, { date: '2023-02-22', endDate: '2023-02-28', approximate: true }],
    ['"from late March 2023 to early April" is as loose as its ends', { type: 'calendar', year: 2023, month: 3, part: 'late' }, { to: 'date', until: { type: 'calendar', month: 4, part: 'early' } }, { date: '2023-03-21', endDate: '2023-04-10', approximate: true }],
    ['"from mid-March 2023 to 3 April" is loose at its start', { type: 'calendar', year: 2023, month: 3, part: 'mid' }, { to: 'date', until: { type: 'calendar', month: 4, day: 3 } }, { date: '2023-03-11', endDate: '2023-04-03', approximate: true }],
    ['"from 28 March 2023 to early April" is loose at its end', { type: 'calendar', year: 2023, month: 3, day: 28 }, { to: 'date', until: { type: 'calendar', month: 4, part: 'early' } }, { date: '2023-03-28', endDate: '2023-04-10', approximate: true }],
    ['an end before the start leaves the start alone', { type: 'calendar', year: 2024, month: 4, day: 10 }, { to: 'date', until: { type: 'calendar', year: 2024, month: 4, day: 8 } }, { date: '2024-04-10', approximate: false }],
  ])('%s', (_, spec, extent, expected) => {
    expect(resolveSpan({ spec, ...(extent ? { extent } : {}) }, published, 'past')).toEqual(expected);
  });
});
