import { describe, expect, test } from 'vitest';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { findTimeExpressions } from '../../../scripts/lib/extract/time/findTimeExpressions.ts';
import { findDates } from '../../../scripts/lib/extract/time/findDates.ts';
import { datedNounPhrases } from '../../../scripts/lib/extract/sentences/datedNounPhrases.ts';

/** Each phrase as [its head, its words]. */
const phrases = (text: string) => {
  const dates = findDates(text, findTimeExpressions(text).all);
  return datedNounPhrases(tagText(text), dates, text).map((m) => [text.slice(m.head.start, m.head.end), text.slice(m.start, m.end)]);
};

// Sentences written for these tests, of no real report.
describe('datedNounPhrases: the noun phrases a date stands inside', () => {
  test.each<[string, string[][]]>([
    ["The council condemned Thursday's attack on Velmora.", [['attack on Velmora', "Thursday's attack on Velmora"]]],
    ['Borea accuses Arland of breaking a 1973 treaty on the river.', [['treaty on the river', '1973 treaty on the river']]],
    ['Smugglers have been using the winter weather to cross.', [['weather', 'the winter weather']]],
    ["Arland let Monday's deadline for a peace agreement in Velmora pass.", [['deadline for a peace agreement in Velmora', "Monday's deadline for a peace agreement in Velmora"]]],
  ])('"%s" → %j', (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });

  test.each([
    // A date before the subject of its clause, or a day's part, stands in no noun phrase.
    'On Monday Borean troops crossed the border.',
    'Last week Arland closed the Kelvask Pass.',
    'Troops clashed on Tuesday evening near the pass.',
    // A phrase that is itself the time of its clause.
    'Arland set up a post there during the 1971 war.',
  ])('"%s" has none', (text) => {
    expect(phrases(text)).toEqual([]);
  });
});
