import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { storyLength } from '../../../scripts/lib/extract/time/storyLength.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const length = (body: string) => storyLength(analyseArticle(article('a.txt', body), invented));

describe('storyLength', () => {
  test.each([
    ['Ondria sent the Borean trawler crews home on Wednesday, ending a 13-day stand-off.', { count: 13, unit: 'day' }],
    ['Arland lifted the three-week siege of Velmora on Monday.\n\nTraders returned.', { count: 3, unit: 'week' }],
    ['Borea reopened the Halvane crossing, ending a three-week closure.', { count: 3, unit: 'week' }],
    ['The two Arlandese guards came home on Friday after a 40-day ordeal in Borea.', { count: 40, unit: 'day' }],
  ])('reads how long the story the news ends lasted in %j', (body, expected) => {
    expect(length(body)).toEqual(expected);
  });

  test.each([
    // A war is as often recalled long after it ended.
    'Ondria marked the end of the 12-day war with Borea.',
    // Below the opening: the recap, not the news.
    'Arland reopened the crossing.\n\nTraders welcomed it.\n\nBorea said nothing.\n\nIt ended a 13-day stand-off.',
    // Still going on: nothing ends it in the opening.
    'Kael Orvan warned that the 13-day stand-off at Kelvask Pass could turn violent.',
  ])('reads no length in %j', (body) => {
    expect(length(body)).toBeUndefined();
  });
});
