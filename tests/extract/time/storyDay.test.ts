import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { storyDay } from '../../../scripts/lib/extract/time/storyDay.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The story day of a report on a page stamped Tuesday 19 March 2024, whose dateline gives no year. */
const dayOf = (body: string) =>
  storyDay(analyseArticle(article('a.txt', `Border report\n\nMarch 19, 2024 — 07:12 am EDT\n\n${body}`), invented), DateTime.fromISO('2024-03-19', { zone: 'UTC' })).toISODate();

describe('storyDay: the day a report\'s "today" and weekdays count from', () => {
  test('a wire dateline a day before the page is the story\'s day', () => {
    expect(dayOf('VELMORA, March 18 (AW) - Arland today closed the Halvane crossing after clashes, officials said.')).toBe('2024-03-18');
    expect(dayOf('VELMORA, March 18 (AW) - Arland closed the Halvane crossing after clashes on Sunday, officials said.')).toBe('2024-03-18');
  });

  test('a weekday of the past between the dateline and the page is a day the story was still written on', () => {
    // Monday's dateline, Tuesday's page: "on Tuesday" is the page's Tuesday, not the one six days before the dateline.
    expect(dayOf('VELMORA, March 18 (AW) - Arland closed the Halvane crossing after clashes. In a statement on Tuesday, Borea said gunmen had attacked the post.')).toBe('2024-03-19');
    // A weekday that dates no happening counts as publication's inference counts it: one reading of the report's weekdays.
    expect(dayOf('VELMORA, March 18 (AW) - Arland closed the Halvane crossing after clashes. Ondria was calm on Tuesday.')).toBe('2024-03-19');
    // Told ahead, it is no day the story reached.
    expect(dayOf('VELMORA, March 18 (AW) - Arland closed the Halvane crossing after clashes. The two sides will meet on Tuesday.')).toBe('2024-03-18');
    expect(dayOf('VELMORA, March 18 (AW) - Arland closed the Halvane crossing after clashes. Talks between the two sides resume on Tuesday.')).toBe('2024-03-18');
  });

  test('a dateline with no year, under a page day given from outside the text, takes the page\'s year', () => {
    // Front matter gives the day (a maintainer's), and the text prints no stamp of its own.
    const given = (body: string, day: string) => storyDay(analyseArticle(article('a.txt', body), invented), DateTime.fromISO(day, { zone: 'UTC' })).toISODate();
    expect(given('Velmora, Feb 27: Arland said today its guards had closed the Halvane crossing.', '2023-02-28')).toBe('2023-02-27');
    // Over New Year: the dateline's day is of the year before.
    expect(given('VELMORA, Dec 31 (AW) - Arland closed the Halvane crossing today.', '2025-01-01')).toBe('2024-12-31');
    // A dateline of the page's own day, or after it, leaves the page's day.
    expect(given('Velmora, Feb 28: Arland said today its guards had closed the Halvane crossing.', '2023-02-28')).toBe('2023-02-28');
  });

  test('a page modified the day after its given day, whose text tells that day in the past, is of the day modified', () => {
    const given = (body: string) =>
      storyDay(analyseArticle(article('a.txt', `Arland closes the Halvane crossing\n\nLast Modified: 14 March 2024 01:54 GMT\n\n${body}`), invented), DateTime.fromISO('2024-03-13', { zone: 'UTC' })).toISODate();
    expect(given('Arland says it is shutting the crossing to Borean trucks. On Thursday morning, the Borean army said Arland troops had shelled Velmora.')).toBe('2024-03-14');
    // No weekday of the day modified told in the past: the page's day stands.
    expect(given('Arland says it is shutting the crossing to Borean trucks. On Monday, the Borean army said Arland troops had shelled Velmora.')).toBe('2024-03-13');
    expect(given('Arland says it is shutting the crossing to Borean trucks. Envoys of the two will meet on Thursday.')).toBe('2024-03-13');
  });

  test('without a dateline, or with one far from the page, the page\'s day stands', () => {
    expect(dayOf('Arland closed the Halvane crossing after clashes on Monday.')).toBe('2024-03-19');
    expect(dayOf('VELMORA, March 8 (AW) - Arland closed the Halvane crossing after clashes.')).toBe('2024-03-19');
  });
});
