import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { ledeNewsDay } from '../../../scripts/lib/extract/time/ledeNewsDay.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const newsDay = (body: string) => {
  const found = ledeNewsDay(analyseArticle(article('a.txt', body), invented));
  return found && { month: found.month, day: found.day, ...(found.year !== undefined ? { year: found.year } : {}) };
};

describe('ledeNewsDay', () => {
  test.each([
    ['KELVASK - Borean patrol ships sailed into the waters off the pass on March 14, days after Arland took the islands.\n\nArland completed the purchase on Tuesday.', { month: 3, day: 14 }],
    // Under a headline and a wire's credit without a day.
    ['Borean ships enter the strait\n\nVELMORA - Wire Agency\n\nBorean patrol ships sailed into the waters off Kelvask Pass on Sept. 14.', { month: 9, day: 14 }],
    ['VELMORA (wire) - Borean patrol ships sailed into the waters off Kelvask Pass on 14 March 2031.', { month: 3, day: 14, year: 2031 }],
    // A date with its weekday, in a clause of the past, whatever happening the lede anchors it to (here
    // a purpose, which reads as a plan) and whether the lexicon reads the act it dates.
    ['The Borean consulate in Velmora stopped issuing visas on Sunday, March 10, two days after Arlandese police entered it to arrest a wanted man.', { month: 3, day: 10 }],
    ['VELMORA (wire) - The Borean consulate stopped issuing visas on Sunday, March 10, as its diplomats packed up.', { month: 3, day: 10 }],
    // A past week or month the lede names of a noun is background, too coarse to date the news.
    ["VELMORA (wire) - Envoys met on Friday (March 15) in Ondria over last week's collision at sea.", { month: 3, day: 15 }],
  ])('reads the day the lede tells its news on: %j', (body, expected) => {
    expect(newsDay(body)).toEqual(expected);
  });

  test.each([
    ['KELVASK - Borean patrol ships sailed into the waters off the pass on March 14.', true],
    // No wire's place: an analysis's lede decides no day, unless it tells its news as following older news.
    ['Borean patrol ships sailed into the waters off the pass on March 14, days after Arland took the islands.', false],
    // A later day told of the past: the lede's date is where the story began, and follows older news still.
    ['KELVASK - Borean patrol ships sailed into the waters off the pass on March 14, days after Arland took the islands.\n\nOn March 16 Arland recalled its ambassador from Velmora.', false],
  ])('tells whether the lede of %j is filed on its day', (body, filed) => {
    expect(ledeNewsDay(analyseArticle(article('a.txt', body), invented))?.filed).toBe(filed);
  });

  test.each([
    // A weekday in the lede dates the news; its date is background.
    'VELMORA - Borean patrol ships sailed into the strait on Tuesday, a week after Arland bought the islands on March 4.',
    'VELMORA - Borean patrol ships sailed into the strait yesterday, a week after Arland bought the islands on March 4.',
    // The text goes on past the lede's date: it is where a longer story began.
    'VELMORA - Borean patrol ships sailed into the waters off Kelvask Pass on March 14.\n\nOn March 16 Arland recalled its ambassador from Velmora.',
    // Told ahead: a plan, not news.
    'VELMORA - Borean patrol ships will sail into the waters off Kelvask Pass on March 14.',
    // An analysis, filed under no place: it may open on the background.
    'Borean patrol ships sailed into the waters off Kelvask Pass on March 14.\n\nArland completed the purchase on Tuesday.',
    // No date in the lede.
    'VELMORA - Borean patrol ships sailed into the waters off Kelvask Pass.\n\nArland bought the islands on March 4.',
  ])('finds no news day in %j', (body) => {
    expect(newsDay(body)).toBeUndefined();
  });
});
