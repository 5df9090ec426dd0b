import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../scripts/lib/extract/time/findDates.ts';
import { findTimeExpressions } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { resolveSpan } from '../../scripts/lib/extract/time/resolveSpan.ts';

// A Thursday. Each sentence was written for this test.
const published = DateTime.fromISO('2024-04-11', { zone: 'UTC+7' });
/** Each date of the timeline's view of a text, as its words and the span it is placed on. */
const spans = (text: string) =>
  findDates(text, findTimeExpressions(text).all).map((d) => {
    const time = resolveSpan(d, published, 'past')!;
    return `${d.text}: ${time.date}${time.endDate ? `…${time.endDate}` : ''}${time.approximate ? ' (window)' : ''}`;
  });

describe('findDateRanges: dates that open a span of days', () => {
  test.each([
    ['Troops fought from 8 to 10 April near the pass.', ['8 to 10 April: 2024-04-08…2024-04-10']],
    ['The shelling of Feb. 4-7, 2011 emptied the valley.', ['Feb. 4-7, 2011: 2011-02-04…2011-02-07']],
    ['The talks of March 3 – 5, in the capital, ended without a deal.', ['March 3 – 5: 2024-03-03…2024-03-05']],
    ['Guns fired between 3 and 5 April.', ['3 and 5 April: 2024-04-03…2024-04-05']],
    ['Fighting from April 8 to April 10 closed the road.', ['April 8 to April 10: 2024-04-08…2024-04-10']],
    ['Raids between Friday and Sunday hit four villages.', ['Friday and Sunday: 2024-04-05…2024-04-07']],
    ['Guards traded fire from Tuesday until today.', ['Tuesday until today: 2024-04-09…2024-04-11']],
    ['Herders left the hills throughout February.', ['February: 2024-02-01…2024-02-29']],
    // A span counts days, whatever the hours its ends give.
    ['Gunners shelled the ridge from Monday morning until Tuesday afternoon.', ['Monday morning until Tuesday afternoon: 2024-04-08…2024-04-09']],
    ['Patrols were fired on between Friday night and Sunday morning.', ['Friday night and Sunday morning: 2024-04-05…2024-04-07']],
    ['Shells fell from Sunday evening to Tuesday, residents said.', ['Sunday evening to Tuesday: 2024-04-07…2024-04-09']],
    ['Envoys may meet in the second or third week of the month.', ['the second or third week of the month: 2024-04-08…2024-04-21 (window)']],
    ['The vote is set for the last week of March.', ['the last week of March: 2024-03-22…2024-03-31 (window)']],
    // A stretch counted back from the day of telling is those days, up to it.
    ['Herders have lost cattle over the past three days.', ['the past three days: 2024-04-09…2024-04-11']],
    ['Guards have heard gunfire for the past week.', ['the past week: 2024-04-05…2024-04-11']],
    ['Drones crossed the river twice in the last two weeks.', ['the last two weeks: 2024-03-29…2024-04-11']],
    // "Last week" alone is the calendar week before.
    ['Drones crossed the river last week.', ['last week: 2024-04-01…2024-04-07 (window)']],
    // Months written as one group are one period, in the year written once after the last.
    ['In June and July 2019, drones crossed the river.', ['June and July 2019: 2019-06…2019-07']],
    ['Herders lost cattle in February and March last year.', ['February and March last year: 2023-02…2023-03']],
    ['Raids in March, April and May 2021 emptied the hamlets.', ['March: 2021-03', 'April and May 2021: 2021-04…2021-05']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    // A plan moved from one day to another has two dates, not a span.
    ['The meeting was moved from Monday to Wednesday.', ['Monday: 2024-04-08', 'Wednesday: 2024-04-10']],
    // A number after a date counts something else.
    ['On March 3 to 5,000 people fled.', ['March 3: 2024-03-03']],
    ['On April 7 to 10 soldiers were hurt.', ['April 7: 2024-04-07']],
    ['On April 7 to 10 Boreans were hurt.', ['April 7: 2024-04-07']],
    ['On April 7-10 people were hurt.', ['April 7: 2024-04-07']],
    ['NEW TOWN, April 3 – 20 people died in the blast.', ['April 3: 2024-04-03']],
    // A spaced dash before a word is read as a dateline's, not a range's.
    ['The talks of March 3 – 5 ended without a deal.', ['March 3: 2024-03-03']],
    // Two timed days with no "from" or "between" before them are two days.
    ['Shelling on Monday morning to the south, and on Tuesday afternoon to the north.', ['Monday morning: 2024-04-08', 'Tuesday afternoon: 2024-04-09']],
    // "And" joins two days only after "between".
    ['Shells fell on 3 and 5 April.', ['5 April: 2024-04-05']],
  ])('leaves %j as the days it names', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('keeps the ends apart for TimeML, which tags each', () => {
    expect(findTimeExpressions('Troops fought from Friday to Sunday.').all.map((e) => e.text)).toEqual(['Friday', 'Sunday']);
  });
});
