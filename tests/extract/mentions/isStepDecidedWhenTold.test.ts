import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { buildMentions } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { isStepDecidedWhenTold } from '../../../scripts/lib/extract/mentions/isStepDecidedWhenTold.ts';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented parties (Arland, Borea) and places (Halvane crossing, Kelvask Pass). A step a
// government makes public that it will take is decided on the day told (done then), and planned
// for its own day; a threat, a fear or a step on a condition stays a plan.
const published = DateTime.fromISO('2024-04-05', { zone: 'UTC+7' }); // a Friday
const mentionsOf = (body: string) =>
  buildMentions(analyseArticle(article('a.txt', body), invented), published).mentions.map((m) => [m.kind, m.time.date, m.status]);
const decided = (body: string) => {
  const [sentence] = analyseArticle(article('a.txt', body), invented).sentences;
  return sentence!.triggers.some((t) => isStepDecidedWhenTold(sentence!, t));
};

describe('isStepDecidedWhenTold: a step announced is decided on the day told', () => {
  test('"will close …, the president announced on Thursday": decided on Thursday, planned for later', () => {
    const body = 'Borea will close the Halvane crossing next week, President Ana Ruiz announced on Thursday.';
    expect(decided(body)).toBe(true);
    expect(mentionsOf(body)).toContainEqual(['diplomacy', '2024-04-04', 'occurred']);
    expect(mentionsOf(body).filter((m) => m[2] === 'occurred')).toHaveLength(1);
  });

  test('the telling\'s day points back from the report, though the step lies ahead', () => {
    expect(mentionsOf('Borea will close the Halvane crossing, President Ana Ruiz announced on Wednesday.')).toEqual([['diplomacy', '2024-04-03', 'occurred']]);
  });

  test.each([
    // On a condition: a threat.
    ['Borea will close the Halvane crossing if the shelling goes on, President Ana Ruiz announced on Thursday.'],
    // A fear of another's step is no decision.
    ['Borea will close the Halvane crossing, Arland feared on Thursday.'],
    // Denied.
    ['Borea will not close the Halvane crossing, President Ana Ruiz said on Thursday.'],
    // Forces to be sent are not there yet.
    ['Arland will send troops to Kelvask Pass, its president said on Thursday.'],
  ])('%s → no step done', (body) => {
    expect(decided(body)).toBe(false);
    expect(mentionsOf(body).filter((m) => m[0] !== 'statement' && m[2] === 'occurred')).toEqual([]);
  });

  test('a date of the step\'s own is its plan, not the telling', () => {
    expect(mentionsOf('Borea will close the Halvane crossing on Saturday, its president said.')).not.toContainEqual(['diplomacy', '2024-04-06', 'occurred']);
  });
});
