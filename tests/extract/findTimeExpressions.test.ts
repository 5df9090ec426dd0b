import { describe, expect, test } from 'vitest';
import { findTimeExpressions, type TimeSpec } from '../../scripts/lib/extract/time/findTimeExpressions.ts';

const dates = (text: string) => findTimeExpressions(text).dates.map((d) => [d.text, d.spec]);
const durations = (text: string) => findTimeExpressions(text).durations.map((d) => [d.text, d.value, d.unit, d.qualifier]);

describe('findTimeExpressions', () => {
  test.each<[string, [string, TimeSpec][]]>([
    ['talks began on December 24', [['December 24', { type: 'calendar', month: 12, day: 24 }]]],
    ['signed on 24 December 2025', [['on 24 December 2025', { type: 'calendar', year: 2025, month: 12, day: 24 }]]],
    ['shelling on Dec. 7 and Jan 3, 2026', [['Dec. 7', { type: 'calendar', month: 12, day: 7 }], ['Jan 3, 2026', { type: 'calendar', year: 2026, month: 1, day: 3 }]]],
    ['a truce agreed in October', [['October', { type: 'calendar', month: 10 }]]],
    ['clashes since 2024', [['since 2024', { type: 'calendar', year: 2024 }]]],
    ['met on Wednesday', [['on Wednesday', { type: 'weekday', weekday: 3 }]]],
    ['fired last Monday', [['last Monday', { type: 'weekday', weekday: 1, hint: 'past' }]]],
    ['to meet next Friday', [['next Friday', { type: 'weekday', weekday: 5, hint: 'future' }]]],
    ['a summit earlier this week', [['earlier this week', { type: 'relative', unit: 'week', shift: 0, part: 'earlier' }]]],
    ['reignited earlier this month', [['earlier this month', { type: 'relative', unit: 'month', shift: 0, part: 'earlier' }]]],
    ['an accord last month', [['last month', { type: 'relative', unit: 'month', shift: -1 }]]],
    ['fled three days ago', [['three days ago', { type: 'relative', unit: 'day', shift: -3 }]]],
    ['shelled yesterday', [['yesterday', { type: 'relative', unit: 'day', shift: -1 }]]],
    ['from mid-December', [['mid-December', { type: 'month-part', part: 'mid', month: 12 }]]],
    ['by late July 2025', [['late July 2025', { type: 'month-part', part: 'late', month: 7, year: 2025 }]]],
  ])('finds %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  test.each([
    ['a landmine wounded five soldiers a day earlier'],
    ['they may meet soon'],
    ['a months-old truce and a decades-old dispute'],
    ['the 817-kilometre border'],
  ])('finds no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  test.each([
    ['the three-day meeting', [['three-day', 3, 'days', 'exactly']]],
    ['talks scheduled to run for four days', [['four days', 4, 'days', 'exactly']]],
    ['the opening meeting lasting about 35 minutes', [['about 35 minutes', 35, 'minutes', 'about']]],
    ['after five days of fighting', [['five days of fighting', 5, 'days', 'exactly']]],
    ['a two-week offensive', [['two-week', 14, 'days', 'exactly']]],
  ])('keeps the duration in %j apart from dates', (text, expected) => {
    expect(durations(text)).toEqual(expected);
    expect(dates(text)).toEqual([]);
  });
});
