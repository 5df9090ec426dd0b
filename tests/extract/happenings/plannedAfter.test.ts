import { describe, expect, test } from 'vitest';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

const modality = (text: string) => findHappenings(text, rules).filter((h) => h.kind === 'talks' || h.kind === 'fighting').map((h) => h.modality ?? 'asserted');

describe('plannedAfter reads a plan in what is said of a happening after its noun', () => {
  test.each([
    ['The Arland–Borea summit is scheduled for later this month, Velmora said.', 'planned'],
    ['The border talks between Arland and Borea are set for the end of the week.', 'planned'],
    ['According to Velmora, the ministers\' meeting is planned for early April.', 'planned'],
    ['Fresh talks on the Kelvask Pass are due later this month.', 'planned'],
    ['The next round of talks in Ondria is due on 20 March.', 'planned'],
    ['The summit was due to open in Velmora on Friday.', 'planned'],
    ['A new round of Arland–Borea talks is expected next week in Ondria.', 'planned'],
    // An aside of a planning participle right after the noun plans it, as its predicate would.
    ['The Ondria summit, set for later this month, will bring Arland and Borea together.', 'planned'],
  ])('%s', (text, expected) => {
    expect(modality(text)).toEqual([expected]);
  });

  test.each([
    // How a deed was prepared, or for how long, says nothing of a later day: it was done.
    ['The raid on the Halvane crossing had been planned for months, Arland said.'],
    ['The ambush near the Kelvask Pass was planned by Borean officers.'],
    ['The attack on Ondria was planned in secret.'],
    ['The talks were held in Velmora on Monday.'],
    // What the clause tells became of the plan is told: the calling off.
    ['The border talks, slated for next week, were called off by Borea.'],
  ])('%s is told as done', (text) => {
    expect(modality(text)).toEqual(['asserted']);
  });
});
