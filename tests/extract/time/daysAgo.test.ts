import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { daysAgo } from '../../../scripts/lib/extract/time/daysAgo.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const ago = (body: string) => daysAgo(analyseArticle(article('a.txt', body), invented));

describe('daysAgo', () => {
  test.each([
    ['An Arland officer was seized by Borean troops a week ago.', [7]],
    ['Borean guns shelled Velmora three days ago, and again ten days ago.', [3, 10]],
  ])('reads the days a text counts back from its own: %j', (body, expected) => {
    expect(ago(body).sort((a, b) => a - b)).toEqual(expected);
  });

  test.each([
    // A day back says nothing a weekday does not; weeks and months counted back are no day; a day
    // counted from another happening ("three days after") is not counted from the report's.
    'Borea shelled Velmora yesterday.',
    'The talks collapsed six weeks ago.',
    'Arland recalled its envoy two months ago.',
    'Ondria closed the pass three days after the shelling.',
  ])('reads no day counted back in %j', (body) => {
    expect(ago(body)).toEqual([]);
  });
});
