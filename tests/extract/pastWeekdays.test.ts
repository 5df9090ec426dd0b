import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../scripts/lib/extract/sentences/analyseArticle.ts';
import { pastWeekdays } from '../../scripts/lib/extract/time/pastWeekdays.ts';
import { article } from '../helpers/article.ts';
import { invented } from '../helpers/lexicon.ts';

const weekdays = (body: string) => pastWeekdays(analyseArticle(article('a.txt', body), invented));

describe('pastWeekdays', () => {
  test('names a weekday told of the past in a sentence that dates no happening', () => {
    expect(weekdays('Ondria was tense on Sunday.')).toEqual([7]);
  });

  test.each(['Borea had wanted four more days, until Tuesday.', 'Borea had wanted the men gone by Tuesday.'])('takes no day a span ends on for a day of the past: %j', (body) => {
    expect(weekdays(body)).toEqual([]);
  });
});
