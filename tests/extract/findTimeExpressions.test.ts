import { describe, expect, test } from 'vitest';
import { findTimeExpressions, type TimeSpec } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { findDates } from '../../scripts/lib/extract/time/findDates.ts';

const all = (text: string) => findTimeExpressions(text).all.map((d) => [d.text, d.spec]);
const dates = (text: string) => findDates(text, findTimeExpressions(text).all).map((d) => [d.text, d.spec]);
const durations = (text: string) => findTimeExpressions(text).durations.map((d) => [d.text, d.value, d.unit, d.qualifier]);

describe('findTimeExpressions', () => {
  // Extents follow TimeML: no leading "on", "in", "for" or "since"; modifiers and articles that
  // belong to the expression ("late", "the past", "about") are in it.
  test.each<[string, [string, TimeSpec][]]>([
    ['talks began on December 24', [['December 24', { type: 'calendar', month: 12, day: 24 }]]],
    ['signed on 24 February 2024', [['24 February 2024', { type: 'calendar', year: 2024, month: 2, day: 24 }]]],
    ['shelling on Dec. 7 and Jan 3, 2026', [['Dec. 7', { type: 'calendar', month: 12, day: 7 }], ['Jan 3, 2026', { type: 'calendar', year: 2026, month: 1, day: 3 }]]],
    ['a truce agreed in October', [['October', { type: 'calendar', month: 10 }]]],
    // Half of a month is a part of that month, no half-year: only the month is read.
    ['a summit Borea planned for the second half of March', [['March', { type: 'calendar', month: 3 }]]],
    ['Arland wants the talks held in the first half of the month', []],
    ['the first half of 2031', [['the first half of 2031', { type: 'calendar', period: { kind: 'half', index: 1 }, year: 2031 }]]],
    // A page's stamp with a stray full stop after the month; none where no day and year follow.
    ['Posted November. 14, 2031 09:20', [['November. 14, 2031', { type: 'calendar', year: 2031, month: 11, day: 14 }]]],
    ['talks ended in November. 14 died', [['November', { type: 'calendar', month: 11 }]]],
    ['clashes since 2024', [['2024', { type: 'calendar', year: 2024 }]]],
    ['met on Wednesday', [['Wednesday', { type: 'weekday', weekday: 3 }]]],
    // The weekend named before what it dates, at the head of a clause or after a preposition.
    ['Weekend fighting broke out', [['Weekend', { type: 'relative', unit: 'weekend', shift: 0, loose: true }]]],
    ['a day after weekend clashes', [['weekend', { type: 'relative', unit: 'weekend', shift: 0, loose: true }]]],
    ['broke out on 24.05.2018 at dawn', [['24.05.2018', { type: 'calendar', year: 2018, month: 5, day: 24 }]]],
    ['version 2.1.3 of the plan, 3.5 per cent', []],
    ['World Monday 23/October/2023', [['Monday', { type: 'weekday', weekday: 1 }], ['23/October/2023', { type: 'calendar', year: 2023, month: 10, day: 23 }]]],
    ['fired last Monday', [['last Monday', { type: 'weekday', weekday: 1, hint: 'past' }]]],
    ['to meet next Friday', [['next Friday', { type: 'weekday', weekday: 5, hint: 'future' }]]],
    ['clashed on Friday last week', [['Friday last week', { type: 'weekday', weekday: 5, week: -1 }]]],
    ['to meet on Tuesday next week', [['Tuesday next week', { type: 'weekday', weekday: 2, week: 1 }]]],
    ['shelling began late on Wednesday', [['late on Wednesday', { type: 'weekday', weekday: 3 }]]],
    ['fighting resumed on Monday (March 25)', [['Monday (March 25)', { type: 'calendar', month: 3, day: 25, weekday: 1 }]]],
    ['signed on Saturday, April 25', [['Saturday, April 25', { type: 'calendar', month: 4, day: 25, weekday: 6 }]]],
    ['a summit earlier this week', [['earlier this week', { type: 'relative', unit: 'week', shift: 0, part: 'earlier' }]]],
    ['reignited earlier this month', [['earlier this month', { type: 'relative', unit: 'month', shift: 0, part: 'earlier' }]]],
    ['an accord last month', [['last month', { type: 'relative', unit: 'month', shift: -1 }]]],
    ['talks next month', [['next month', { type: 'relative', unit: 'month', shift: 1 }]]],
    ['the worst clashes this year', [['this year', { type: 'relative', unit: 'year', shift: 0 }]]],
    ['fled three days ago', [['three days ago', { type: 'relative', unit: 'day', shift: -3, counted: true }]]],
    ['shelled yesterday', [['yesterday', { type: 'relative', unit: 'day', shift: -1 }]]],
    ['from mid-December', [['mid-December', { type: 'calendar', part: 'mid', month: 12 }]]],
    ['by late March 2024', [['late March 2024', { type: 'calendar', part: 'late', month: 3, year: 2024 }]]],
    ['in June last year', [['June last year', { type: 'calendar', month: 6, yearShift: -1 }]]],
    ['in the third quarter of 2024', [['the third quarter of 2024', { type: 'calendar', period: { kind: 'quarter', index: 3 }, year: 2024 }]]],
    ['during the summer of 2023', [['the summer of 2023', { type: 'calendar', period: { kind: 'season', index: 'SU' }, year: 2023 }]]],
  ])('finds %j', (text, expected) => {
    expect(dates(text)).toEqual(expected);
  });

  test.each<[string, [string, TimeSpec][]]>([
    ['clashes in 2009-2010', [['2009-2010', { type: 'calendar', year: 2009, untilYear: 2010 }]]],
    ['a dispute dating to the 1960s', [['the 1960s', { type: 'calendar', year: 1960, period: { kind: 'decade' } }]]],
    ['fighting over the past week', [['the past week', { type: 'relative', unit: 'week', shift: -1 }]]],
    ['a ceasefire agreed a year earlier', [['a year earlier', { type: 'relative', unit: 'year', shift: -1, from: 'reference', precise: true }]]],
    ['talks resume in the fall of 2025', [['the fall of 2025', { type: 'calendar', period: { kind: 'season', index: 'FA' }, year: 2025 }]]],
    ['met again that night', [['that night', { type: 'relative', unit: 'day', shift: 0, from: 'reference', time: { partOfDay: 'NI' } }]]],
    ['closed the crossing the night before', [['the night before', { type: 'relative', unit: 'day', shift: -1, from: 'reference', time: { partOfDay: 'NI' } }]]],
    ['the guns fell silent the following morning', [['the following morning', { type: 'relative', unit: 'day', shift: 1, from: 'reference', time: { partOfDay: 'MO' } }]]],
    // "the night before the vote" counts from the vote, which is no day the grammar reads.
    ['left the night before the vote', []],
    // Standing alone before another clause or phrase, it is still the day before the one last named;
    // a name or a number after it is what it counts from ("the day before Easter", "the day after 3 May").
    ['the admiral had called the frigates back the night before to refuel', [['the night before', { type: 'relative', unit: 'day', shift: -1, from: 'reference', time: { partOfDay: 'NI' } }]]],
    ['the mayors had spoken by phone the day before and had settled the quarrel', [['the day before', { type: 'relative', unit: 'day', shift: -1, from: 'reference' }]]],
    ['Borea had shut the crossing the day after in protest', [['the day after', { type: 'relative', unit: 'day', shift: 1, from: 'reference' }]]],
    ['Arland fired the day before Borea voted', []],
    ['the guns fell silent the day after talks failed', []],
    ['the patrols left the night before he arrived', []],
    // "the week before last" is no week counted back from the one last named.
    ['the week before last', []],
    ['fired earlier that morning', [['earlier that morning', { type: 'relative', unit: 'day', shift: 0, from: 'reference', time: { partOfDay: 'MO' } }]]],
    ['talks are going on now', [['now', { type: 'reference', ref: 'PRESENT_REF' }]]],
    ['clashes that recently flared', [['recently', { type: 'reference', ref: 'PAST_REF' }]]],
    ['patrols run daily', [['daily', { type: 'set', value: 'P1D' }]]],
    ['patrols every Thursday', [['every Thursday', { type: 'set', value: 'XXXX-WXX-4' }]]],
    ['at 10:35 a.m. Monday', [['10:35 a.m. Monday', { type: 'weekday', weekday: 1, time: { hour: 10, minute: 35 } }]]],
    ['at 08:30 UTC', [['08:30 UTC', { type: 'calendar', time: { hour: 8, minute: 30, utc: true } }]]],
    ['for the past 20 years', [['the past 20 years', { type: 'duration', amount: 20, unit: 'year', qualifier: 'exactly' }]]],
    ['for about a decade', [['about a decade', { type: 'duration', amount: 1, unit: 'decade', qualifier: 'about' }]]],
  ])('reads %j', (text, expected) => {
    expect(all(text)).toEqual(expected);
  });

  test.each([
    ['a landmine wounded five soldiers a day earlier'],
    ['they may meet soon'],
    ['a months-old truce'],
    ['the 817-kilometre border'],
    ['2000 workers were evacuated'],
    ['a 45-year-old farmer and a man, 52 years old'],
    ['200 flights a week and 24 hours a day'],
    ['about three-quarters of the villages'],
    ['a second convoy left'],
    ['the March of Dimes and a may-pole'],
    ['they march in may'],
    ['strain on the week-old truce'],
    ['the weekend-long talks'],
    ['a long weekend break'],
    ['the bank holiday weekend traffic'],
    // A capital after it begins a name, no noun the weekend dates.
    ['Weekend Warriors, a Borean band, played in Velmora'],
    ['after the fall of Velmora to the rebels'],
    ['The fall of the old guard in Velmora opened the way to talks'],
  ])('finds no date in %j', (text) => {
    expect(dates(text)).toEqual([]);
  });

  test.each([
    ['the three-day meeting', [['three-day', 3, 'days', 'exactly']]],
    ['talks scheduled to run for four days', [['four days', 4, 'days', 'exactly']]],
    ['the opening meeting lasting about 35 minutes', [['about 35 minutes', 35, 'minutes', 'about']]],
    ['after five days of fighting', [['five days', 5, 'days', 'exactly']]],
    ['a two-week offensive', [['two-week', 14, 'days', 'exactly']]],
  ])('keeps the duration in %j apart from dates', (text, expected) => {
    expect(durations(text)).toEqual(expected);
    expect(dates(text)).toEqual([]);
  });

  test('keeps the article of an adjective of time outside it', () => {
    expect(all('the third-quarter results and the two-week offensive').map(([text]) => text)).toEqual(['third-quarter', 'two-week']);
  });
});
