import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { findDates } from '../../scripts/lib/extract/time/findDates.ts';
import { findTimeExpressions } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { resolveSpan } from '../../scripts/lib/extract/time/resolveSpan.ts';

// A Thursday. Each sentence was written for this test.
const published = DateTime.fromISO('2025-12-11', { zone: 'Asia/Bangkok' });
/** Each date of the timeline's view of a text, as its words and the span it is placed on. */
const spans = (text: string) =>
  findDates(text, findTimeExpressions(text).all).map((d) => {
    const time = resolveSpan(d, published, 'past')!;
    return `${d.text}: ${time.date}${time.endDate ? `…${time.endDate}` : ''}${time.approximate ? ' (window)' : ''}`;
  });

describe('findDateRanges: dates that open a span of days', () => {
  test.each([
    ['Troops fought from 8 to 10 December near the pass.', ['8 to 10 December: 2025-12-08…2025-12-10']],
    ['The shelling of Feb. 4-7, 2011 emptied the valley.', ['Feb. 4-7, 2011: 2011-02-04…2011-02-07']],
    ['The talks of March 3 – 5, in the capital, ended without a deal.', ['March 3 – 5: 2025-03-03…2025-03-05']],
    ['Guns fired between 3 and 5 December.', ['3 and 5 December: 2025-12-03…2025-12-05']],
    ['Fighting from December 8 to December 10 closed the road.', ['December 8 to December 10: 2025-12-08…2025-12-10']],
    ['Raids between Friday and Sunday hit four villages.', ['Friday and Sunday: 2025-12-05…2025-12-07']],
    ['Guards traded fire from Tuesday until today.', ['Tuesday until today: 2025-12-09…2025-12-11']],
    ['Herders left the hills throughout July.', ['July: 2025-07-01…2025-07-31']],
    // A span counts days, whatever the hours its ends give.
    ['Gunners shelled the ridge from Monday morning until Tuesday afternoon.', ['Monday morning until Tuesday afternoon: 2025-12-08…2025-12-09']],
    ['Patrols were fired on between Friday night and Sunday morning.', ['Friday night and Sunday morning: 2025-12-05…2025-12-07']],
    ['Shells fell from Sunday evening to Tuesday, residents said.', ['Sunday evening to Tuesday: 2025-12-07…2025-12-09']],
    ['Envoys may meet in the second or third week of the month.', ['the second or third week of the month: 2025-12-08…2025-12-21 (window)']],
    ['The vote is set for the last week of November.', ['the last week of November: 2025-11-22…2025-11-30 (window)']],
    // A stretch counted back from the day of telling is those days, up to it.
    ['Herders have lost cattle over the past three days.', ['the past three days: 2025-12-09…2025-12-11']],
    ['Guards have heard gunfire for the past week.', ['the past week: 2025-12-05…2025-12-11']],
    ['Drones crossed the river twice in the last two weeks.', ['the last two weeks: 2025-11-28…2025-12-11']],
    // "Last week" alone is the calendar week before.
    ['Drones crossed the river last week.', ['last week: 2025-12-01…2025-12-07 (window)']],
    // Months written as one group are one period, in the year written once after the last.
    ['In June and July 2019, drones crossed the river.', ['June and July 2019: 2019-06…2019-07']],
    ['Herders lost cattle in May and June last year.', ['May and June last year: 2024-05…2024-06']],
    ['Raids in March, April and May 2021 emptied the hamlets.', ['March: 2021-03', 'April and May 2021: 2021-04…2021-05']],
  ])('%j', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test.each([
    // A plan moved from one day to another has two dates, not a span.
    ['The meeting was moved from Monday to Wednesday.', ['Monday: 2025-12-08', 'Wednesday: 2025-12-10']],
    // A number after a date counts something else.
    ['On March 3 to 5,000 people fled.', ['March 3: 2025-03-03']],
    ['On May 7 to 10 soldiers were hurt.', ['May 7: 2025-05-07']],
    ['On May 7-10 people were hurt.', ['May 7: 2025-05-07']],
    ['NEW TOWN, May 13 – 20 people died in the blast.', ['May 13: 2025-05-13']],
    // A spaced dash before a word is read as a dateline's, not a range's.
    ['The talks of March 3 – 5 ended without a deal.', ['March 3: 2025-03-03']],
    // Two timed days with no "from" or "between" before them are two days.
    ['Shelling on Monday morning to the south, and on Tuesday afternoon to the north.', ['Monday morning: 2025-12-08', 'Tuesday afternoon: 2025-12-09']],
    // "And" joins two days only after "between".
    ['Shells fell on 3 and 5 December.', ['5 December: 2025-12-05']],
  ])('leaves %j as the days it names', (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  test('keeps the ends apart for TimeML, which tags each', () => {
    expect(findTimeExpressions('Troops fought from Friday to Sunday.').all.map((e) => e.text)).toEqual(['Friday', 'Sunday']);
  });
});
