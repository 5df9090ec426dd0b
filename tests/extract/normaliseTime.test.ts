import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { findTimeExpressions } from '../../scripts/lib/extract/time/findTimeExpressions.ts';
import { normaliseTime, type Direction, type TimeContext } from '../../scripts/lib/extract/time/normaliseTime.ts';

// Wednesday 24 December 2014, in the timeline's zone; the test process runs in America/Los_Angeles.
const published = DateTime.fromISO('2014-12-24', { zone: 'UTC+7' });

/** The TIMEX3 type and value of the one expression a phrase holds. */
const timex = (phrase: string, direction: Direction = 'neutral', context: TimeContext = {}) => {
  const [expression] = findTimeExpressions(phrase).all;
  const t = expression && normaliseTime(expression.spec, published, direction, context);
  return t && `${t.type} ${t.value}`;
};

describe('normaliseTime gives TIMEX3 values, for an article of Wednesday 24 December 2014', () => {
  test.each<[string, Direction, string]>([
    ['on December 7', 'past', 'DATE 2014-12-07'],
    // Said in December, "last December" is a year back and "next December" a year on.
    ['last December', 'neutral', 'DATE 2013-12'],
    ['next December', 'neutral', 'DATE 2015-12'],
    ['in December', 'past', 'DATE 2014-12'],
    ['on March 22, 2013', 'neutral', 'DATE 2013-03-22'],
    ['in March 2013', 'neutral', 'DATE 2013-03'],
    ['in 2013', 'neutral', 'DATE 2013'],
    ['in the first quarter of 2013', 'neutral', 'DATE 2013-Q1'],
    ['in the summer of 2013', 'neutral', 'DATE 2013-SU'],
    ['in the 1990s', 'neutral', 'DATE 199'],
    ['in the 20th century', 'neutral', 'DATE 19'],
    ['this afternoon', 'neutral', 'TIME 2014-12-24TAF'],
    ['at 10:35 a.m.', 'neutral', 'TIME 2014-12-24T10:35'],
    ['at 08:30 UTC', 'neutral', 'TIME 2014-12-24T08:30Z'],
    ['for three days', 'neutral', 'DURATION P3D'],
    ['for 35 minutes', 'neutral', 'DURATION PT35M'],
    ['for two years', 'neutral', 'DURATION P2Y'],
    ['for two and a half years', 'neutral', 'DURATION P2.5Y'],
    ['for several years', 'neutral', 'DURATION PXY'],
    ['for two consecutive quarters', 'neutral', 'DURATION P2Q'],
    ['now', 'neutral', 'DATE PRESENT_REF'],
    ['recently', 'neutral', 'DATE PAST_REF'],
    ['in the future', 'neutral', 'DATE FUTURE_REF'],
    ['patrols run daily', 'neutral', 'SET P1D'],
    ['every Thursday', 'neutral', 'SET XXXX-WXX-4'],
    ['yesterday', 'neutral', 'DATE 2014-12-23'],
    ['tonight', 'neutral', 'TIME 2014-12-24TNI'],
    ['last week', 'neutral', 'DATE 2014-W51'],
    ['this week', 'neutral', 'DATE 2014-W52'],
    ['the past week', 'neutral', 'DATE 2014-W51'],
    ['this year', 'neutral', 'DATE 2014'],
    ['next month', 'neutral', 'DATE 2015-01'],
    ['three days ago', 'neutral', 'DATE 2014-12-21'],
    ['two years ago', 'neutral', 'DATE 2012'],
    ['a week ago', 'neutral', 'DATE 2014-12-17'],
    ['June last year', 'neutral', 'DATE 2013-06'],
    ['the third quarter', 'neutral', 'DATE 2014-Q3'],
    ['the latest quarter', 'neutral', 'DATE 2014-Q3'],
    ['the weekend', 'past', 'DATE 2014-W51-WE'],
    ['this weekend', 'future', 'DATE 2014-W52-WE'],
    // Told in the past on a weekday (24 December 2014 is a Wednesday), the weekend just gone.
    ['this weekend', 'past', 'DATE 2014-W51-WE'],
    ['on Christmas Eve', 'neutral', 'DATE 2014-12-24'],
    ['on Thanksgiving', 'past', 'DATE 2014-11-27'],
    ['by year-end', 'future', 'DATE 2014-12-31'],
    ['a week or so ago', 'neutral', 'DATE 2014-12-17'],
    ['peace will one day return', 'neutral', 'DATE FUTURE_REF'],
  ])('%j (%s) is %s', (phrase, direction, expected) => {
    expect(timex(phrase, direction)).toBe(expected);
  });

  test.each<[string, Direction, string]>([
    ['on Monday', 'past', 'DATE 2014-12-22'],
    ['on Monday', 'future', 'DATE 2014-12-29'],
    ['on Wednesday', 'past', 'DATE 2014-12-24'],
    ['last Wednesday', 'neutral', 'DATE 2014-12-17'],
    ['next Wednesday', 'neutral', 'DATE 2014-12-31'],
    ['late on Wednesday', 'past', 'DATE 2014-12-24'],
    ['on Monday (March 24)', 'neutral', 'DATE 2014-03-24'],
    ['on Tuesday (March 24)', 'past', 'DATE 2014-03-24'],
    ['on Friday night', 'past', 'TIME 2014-12-19TNI'],
    // The small hours of the day after publication, filed the evening before in another zone;
    // any other day "early on" is the latest of its name, and "early last Thursday" is last week's.
    ['early on Thursday', 'past', 'DATE 2014-12-25'],
    ['on Thursday', 'past', 'DATE 2014-12-18'],
    ['early on Tuesday', 'past', 'DATE 2014-12-23'],
    ['early on Thursday', 'future', 'DATE 2014-12-25'],
  ])('the weekday in %j (%s) is %s', (phrase, direction, expected) => {
    expect(timex(phrase, direction)).toBe(expected);
  });

  test.each<[string, Direction, string]>([
    ['in January', 'neutral', 'DATE 2015-01'],
    ['in January', 'past', 'DATE 2014-01'],
    ['in June', 'neutral', 'DATE 2014-06'],
    ['in March', 'neutral', 'DATE 2015-03'],
    ['in March', 'future', 'DATE 2015-03'],
    ['on December 27', 'past', 'DATE 2013-12-27'],
    ['on December 27', 'future', 'DATE 2014-12-27'],
    ['on January 5', 'neutral', 'DATE 2015-01-05'],
    ['on Saturday, April 25', 'neutral', 'DATE 2015-04-25'],
    // Three days ahead on the weekday it names: the calendar outweighs a past tense that near.
    ['on Saturday, December 27', 'past', 'DATE 2014-12-27'],
    ['on Friday, December 27', 'past', 'DATE 2013-12-27'],
    // A deadline four days gone, not one almost a year ahead.
    ['by December 20', 'future', 'DATE 2014-12-20'],
    ['by November 20', 'future', 'DATE 2015-11-20'],
  ])('a day or month without a year, %j (%s), is %s', (phrase, direction, expected) => {
    expect(timex(phrase, direction)).toBe(expected);
  });

  test('a day counted from the date last named keeps its precision; a quarter named sets what "a year ago" means', () => {
    expect(timex('a year earlier', 'neutral', { reference: '2014-03-02' })).toBe('DATE 2013-03-02');
    expect(timex('the following month', 'neutral', { reference: '2014-03-02' })).toBe('DATE 2014-04');
    expect(timex('a year ago', 'neutral', { quarter: '2014-Q3' })).toBe('DATE 2013-Q3');
    expect(timex('a year ago', 'neutral')).toBe('DATE 2013');
    expect(timex('at 10 p.m.', 'neutral', { reference: '2014-12-20' })).toBe('TIME 2014-12-20T22:00');
    expect(timex('the previous Friday', 'neutral', { reference: '2014-12-19' })).toBe('DATE 2014-12-12');
    expect(timex('a year earlier', 'neutral', { reference: '2014-Q3', quarter: '2014-Q3' })).toBe('DATE 2013-Q3');
    expect(timex('a year earlier', 'neutral', { reference: '2014-11-02', quarter: '2014-Q3' })).toBe('DATE 2013-11-02');
  });
});
