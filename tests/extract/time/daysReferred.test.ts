import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { resolveTime } from '../../../scripts/lib/extract/time/resolveTime.ts';
import type { TimeSpec } from '../../../scripts/lib/extract/time/timeSpec.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { daysReferred } from '../../../scripts/lib/extract/time/daysReferred.ts';
import { findDates } from '../../../scripts/lib/extract/time/findDates.ts';
import { findTimeExpressions } from '../../../scripts/lib/extract/time/findTimeExpressions.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The dates of a sentence, "that day" words given the day they refer to: text → spec. */
const referred = (text: string, before?: string) => {
  const { all } = findTimeExpressions(text);
  const earlier = before === undefined ? undefined : findDates(before, findTimeExpressions(before).all).at(-1);
  return daysReferred(text, all, findDates(text, all), earlier).map((d) => [d.text, d.spec]);
};

describe('daysReferred: "that day" is the day last named', () => {
  test('"that night" after "Friday evening" is the night of that Friday', () => {
    expect(referred('Arland refused the prisoners on Friday evening and took them only after a second meeting that night.')).toEqual([
      ['Friday evening', { type: 'weekday', weekday: 5, time: { partOfDay: 'EV' } }],
      ['that night', { type: 'weekday', weekday: 5, time: { partOfDay: 'NI' } }],
    ]);
  });

  test('"the same day" takes the whole of a calendar day, whatever part of it the day was named with', () => {
    expect(referred('Borean guns opened fire on the morning of March 3, and Arland recalled its envoy the same day.').at(-1)).toEqual(['the same day', { type: 'calendar', month: 3, day: 3 }]);
  });

  test('with no day in the sentence, the one a sentence just before named; with none, nothing', () => {
    expect(referred('That day Velmora closed the Halvane crossing.', 'Fighting broke out in Ondria on Sunday.')).toEqual([['That day', { type: 'weekday', weekday: 7 }]]);
    expect(referred('That day Velmora closed the Halvane crossing.')).toEqual([]);
    // A month names no one day: nothing to refer to.
    expect(referred('Borea fired on the post that night.', 'The talks failed in March.')).toEqual([]);
  });

  test('a bound ("until that day") dates nothing the sentence goes on to tell', () => {
    expect(referred('The truce holds until that day, and the sides will meet again.', 'Arland set a deadline of 18 February.')).toEqual([]);
  });

  test('in an article, the day carries over two sentences, so that "that day" dates what it tells', () => {
    const body = ['Fighting broke out in Ondria on Sunday.', 'That day the Arlandese army said it had shut the Halvane crossing.'].join(' ');
    const sentences = analyseArticle(article('a.txt', body, '2025-03-18'), invented).sentences;
    expect(sentences[1]!.anchors.map((a) => [a.time.text, a.time.spec])).toContainEqual(['That day', { type: 'weekday', weekday: 7 }]);
  });

  test('a day counted from the day last named ("the day before", "the next day", "two days earlier") is that day moved so many days', () => {
    expect(referred('Borean jets bombed Ondria on Sunday, and Arlandese guns had shelled Sevrin the day before.').at(-1)).toEqual(['the day before', { type: 'weekday', weekday: 6, hint: 'past' }]);
    expect(referred('Arland closed the Halvane crossing on 3 May and summoned the Borean envoy the next day.').at(-1)).toEqual(['the next day', { type: 'calendar', month: 5, day: 4 }]);
    expect(referred('Borea said Arlandese troops had crossed the Kelvask Pass two days earlier.', 'Velmora protested on Thursday.')).toEqual([['two days earlier', { type: 'weekday', weekday: 2, hint: 'past' }]]);
    // A part of that day keeps its part: "the night before" is the night of the day before.
    expect(referred('Arland said on Friday that Borea had closed the Halvane crossing the night before.').at(-1)).toEqual(['the night before', { type: 'weekday', weekday: 4, hint: 'past', time: { partOfDay: 'NI' } }]);
    // With no day named before it, it counts from nothing the sentence can place.
    expect(referred('Arlandese guns shelled Sevrin the previous day.')).toEqual([]);
    // A sentence that opens so is placed as a whole from the story's day (sequelDays), not here.
    expect(referred('The next day Borea closed the Halvane crossing.', 'Fighting broke out in Ondria on Sunday.')).toEqual([]);
  });

  test('in the words of a saying the sentence does not date, a day counted from another counts from the report\'s own day, not from a day a sentence before named', () => {
    const told = (text: string, before: string) => {
      const { all } = findTimeExpressions(text);
      const earlier = findDates(before, findTimeExpressions(before).all).at(-1);
      return daysReferred(text, all, findDates(text, all), earlier, { reports: invented.report(text) }).map((d) => [d.text, d.spec]);
    };
    const before = 'The Ondrian patrol boats were ordered out of the Halvane channel on Tuesday evening.';
    expect(told('Kael Orvan told reporters that Borean gunners had fired on the boats the night before.', before)).toEqual([
      ['the night before', { type: 'relative', unit: 'day', shift: -1, time: { partOfDay: 'NI' } }],
    ]);
    // A day the sentence itself names before the words still counts: "said on Friday … the day before" is Thursday.
    expect(told('Velmora said on Friday that Arland had shut the crossing the day before.', before).at(-1)).toEqual(['the day before', { type: 'weekday', weekday: 4, hint: 'past' }]);
    // With no saying, the story's day is counted from, as before.
    expect(told('Borean gunners had fired on the boats the night before.', before)).toEqual([
      ['the night before', { type: 'weekday', weekday: 1, hint: 'past', time: { partOfDay: 'NI' } }],
    ]);
    // A passive ("was reported") tells the happening, not who told it when.
    expect(told('Shelling near Sevrin was reported the next day.', before)).toEqual([['the next day', { type: 'weekday', weekday: 3 }]]);
  });

  test('in an article, a day counted in an undated saying\'s words dates what it tells the day before the report\'s', () => {
    const body = ['Arland pulled its frigates back from the Kelvask strait on Monday.', 'Speaking for the coastguard, Lena Ferrin said a Borean trawler had rammed the Halvane ferry the previous day.'].join(' ');
    const sentence = analyseArticle(article('a.txt', body, '2025-03-19'), invented).sentences[1]!;
    const day = sentence.dates.find((d) => d.text === 'the previous day')!;
    expect(resolveTime(day.spec, DateTime.fromISO('2025-03-19', { zone: 'UTC' }), 'past')?.date).toBe('2025-03-18');
  });

  test('in an article, an undated "she said" goes on with the saying a sentence just before dated, and a day counted in its words counts from that saying\'s day', () => {
    // Thursday's saying, not Wednesday's crossing the sentence between names, nor the report's Saturday.
    const body = ['Lena Ferrin said on Thursday that the talks at Halvane had failed.', 'Borean boats had crossed the strait on Wednesday.', 'She said Borean gunners had shelled the customs post the night before.'].join(' ');
    const sentence = analyseArticle(article('a.txt', body, '2025-03-22'), invented).sentences[2]!;
    const night = sentence.dates.find((d) => d.text === 'the night before')!;
    expect(resolveTime(night.spec, DateTime.fromISO('2025-03-22', { zone: 'UTC' }), 'past')?.date).toBe('2025-03-19');
  });

  test('a weekday counted back from one gone by is gone by too: "on Tuesday … the day before" in Monday\'s paper is the Monday before', () => {
    const monday = DateTime.fromISO('2024-04-22', { zone: 'UTC' });
    const [tuesday, before] = referred('Borean jets bombed Ondria on Tuesday, and Arlandese guns had shelled Sevrin the day before.').map(([, spec]) => resolveTime(spec as TimeSpec, monday, 'past')?.date);
    expect([tuesday, before]).toEqual(['2024-04-16', '2024-04-15']);
  });

  test('in an article, "the day before" dates what it tells on the day before the one the sentence named, not on that day', () => {
    const body = 'Borean jets bombed Ondria on Sunday, and Arlandese guns shelled Sevrin the day before.';
    const sentence = analyseArticle(article('a.txt', body, '2025-03-18'), invented).sentences[0]!;
    expect(sentence.anchors.map((a) => [a.trigger.text, a.time.spec])).toEqual([
      ['bombed', { type: 'weekday', weekday: 7 }],
      ['shelled', { type: 'weekday', weekday: 6, hint: 'past' }],
    ]);
  });
});
