import { expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { pastWeekdays } from '../../../scripts/lib/extract/time/pastWeekdays.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const weekdaysOf = (body: string) => pastWeekdays(analyseArticle(article('a.txt', body), invented)).sort();

test.each([
  ['Borea shelled the Kelvask Pass on Tuesday.', [2]],
  // A weekday that dates no happening, told in the past, still says which week the report is of.
  ['Ondria was tense on Sunday.', [7]],
  ['Borea shelled the Kelvask Pass on Tuesday. Arland closed the crossing on Wednesday and on Tuesday.', [2, 3]],
  // Counted from another day, or from another week, or ahead: none says which day the report was written.
  ['Borea shelled the Kelvask Pass on March 3. Arland had closed the crossing the previous Friday.', []],
  ['Arland closed the crossing last Friday.', []],
  ['Arland closed the crossing on Friday last week.', []],
  ['Arland and Borea will meet on Thursday.', []],
  // The day a span ends on or a deadline falls on is no day the report looks back on.
  ['Borea had wanted four more days, until Tuesday.', []],
  ['Borea had wanted the men gone by Tuesday.', []],
])('pastWeekdays reads %j as %j', (body, expected) => {
  expect(weekdaysOf(body)).toEqual(expected);
});
