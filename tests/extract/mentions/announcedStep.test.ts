import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { announcedStep } from '../../../scripts/lib/extract/mentions/announcedStep.ts';
import { buildMentions } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented parties (Arland, Borea): a government that says it will shut, cut or recall has
// decided it, and the saying is coded as that step; what it asks, fears or would do on a
// condition stays a statement.
const published = DateTime.fromISO('2024-04-03', { zone: 'UTC+7' });
const mentionsOf = (body: string) => buildMentions(analyseArticle(article('a.txt', body), invented), published).mentions;
const stepOf = (body: string) => {
  const [sentence] = analyseArticle(article('a.txt', body), invented).sentences;
  const saying = sentence!.triggers.find((t) => t.value === 'statement');
  return saying && announcedStep(sentence!, saying);
};

describe('announcedStep: a speaker\'s own step, announced, is that step decided', () => {
  test.each([
    ['Arland said on Tuesday that it will keep its crossings with Borea shut for a month.'],
    ['Arland said on Tuesday it would close its border with Borea.'],
  ])('%s → the closure, on the day told', (body) => {
    expect(stepOf(body)?.value).toBe('diplomacy');
    const [m] = mentionsOf(body);
    expect([m?.kind, m?.time.date, m?.status, m?.speaker]).toEqual(['diplomacy', '2024-04-02', 'occurred', 'Arland']);
  });

  test.each([
    // What the speaker would do only if the other side acts is a threat, not a step taken.
    ['Arland said on Tuesday that it would close its border with Borea if the shelling went on.'],
    // A step the speaker asks of another is a demand.
    ['Arland said on Tuesday that Borea must close its border.'],
    // Not done: denied.
    ['Arland said on Tuesday that it will not close its border with Borea.'],
    // Forces on their way are not there yet: a movement announced is no step in force.
    ['Arland said on Tuesday that two more battalions would be sent to Ondria.'],
  ])('%s → no step', (body) => {
    expect(stepOf(body)).toBeUndefined();
  });

  test('a plain statement stays one', () => {
    expect(mentionsOf('Arland said on Tuesday that the border was calm.').map((m) => m.kind)).toEqual(['statement']);
  });
});
