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
    // Told in the present, how long it has been since is the report's own age, wherever it stands.
    ['Arland closed the crossing on Friday.\n\nTraders waited.\n\nBorea said nothing.\n\nIt is more than a week since Borea opened its side.', { count: 1, unit: 'week' }],
    ['It has been two months since the Kelvask Pass clashes.', { count: 2, unit: 'month' }],
  ])('reads how long after its news came in the opening: %j', (body, expected) => {
    expect(elapsed(body)).toEqual(expected);
  });

  test.each([
    // Days count from a happening the report may date itself.
    'Arland freed the last detainee two days after the talks.',
    // Below the opening: the recap, not the news.
    'Arland reopened the crossing.\n\nTraders welcomed it.\n\nBorea said nothing.\n\nIt came three months after clashes closed it.',
    // Short of the count: less than it says.
    'It is nearly three weeks since Borea opened its side of the crossing.',
  ])('reads no time elapsed in %j', (body) => {
    expect(elapsed(body)).toBeUndefined();
  });
});
