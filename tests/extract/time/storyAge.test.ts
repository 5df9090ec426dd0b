import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { storyAge } from '../../../scripts/lib/extract/time/storyAge.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const age = (body: string) => storyAge(analyseArticle(article('a.txt', body), invented));

describe('storyAge', () => {
  test.each([
    ['The stand-off at Kelvask Pass, which has now entered its third week, drags on.', { nth: 3, unit: 'week' }],
    ['The blockade of Velmora is now in its second month.', { nth: 2, unit: 'month' }],
    ['Protests in Arlandia City, now into their fourth day, spread to the port.', { nth: 4, unit: 'day' }],
    // A headline's present, without the possessive.
    ['Boreans dodge water cannon as Kelvask Pass stand-off enters second week', { nth: 2, unit: 'week' }],
    ['Arland shuts the Halvane crossing as the siege of Velmora enters its third day', { nth: 3, unit: 'day' }],
    // The length of a story the news ends: told on its last day.
    ['Arland sent the Borean crew home on Tuesday, ending a 9-day stand-off at sea.', { nth: 9, unit: 'day' }],
    ['Borea withdrew from Kelvask Pass, ending a five-day siege.', { nth: 5, unit: 'day' }],
  ])('reads the age a report gives its story: %j', (body, expected) => {
    expect(age(body)).toEqual(expected);
  });

  test.each([
    // A recap's age, told of the past.
    'In its third week, the siege of Kelvask Pass had cost hundreds of lives.',
    'The talks entered a second round on Tuesday.',
    'The talks enter a second round on Tuesday.',
    // Told after the end, or the end of a span that is no story ("a 3-day visit").
    'The crew came home after a nine-day stand-off.',
    'Arland had ended a five-day siege in May.',
    'Borea is bringing a 3-day supply of water to the camp.',
  ])('reads no age of the story in %j', (body) => {
    expect(age(body)).toBeUndefined();
  });
});
