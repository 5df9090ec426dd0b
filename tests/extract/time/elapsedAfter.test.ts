import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { elapsedAfter } from '../../../scripts/lib/extract/time/elapsedAfter.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const elapsed = (body: string) => elapsedAfter(analyseArticle(article('a.txt', body), invented));

describe('elapsedAfter', () => {
  test.each([
    ['Arland has reopened the Kelvask crossing, three months after clashes closed it.', { count: 3, unit: 'month' }],
    ['Borea recalled its envoy from Ondria two weeks after the shelling of Velmora.', { count: 2, unit: 'week' }],
    ['Ondria freed the crew 6 weeks after the seizure.', { count: 6, unit: 'week' }],
  ])('reads how long after its news came in the opening: %j', (body, expected) => {
    expect(elapsed(body)).toEqual(expected);
  });

  test.each([
    // Days count from a happening the report may date itself.
    'Arland freed the last detainee two days after the talks.',
    // Below the opening: the recap, not the news.
    'Arland reopened the crossing.\n\nTraders welcomed it.\n\nBorea said nothing.\n\nIt came three months after clashes closed it.',
  ])('reads no time elapsed in %j', (body) => {
    expect(elapsed(body)).toBeUndefined();
  });
});
