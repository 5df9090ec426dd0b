import { describe, expect, test } from 'vitest';
import { tiedParty } from '../../../scripts/lib/extract/sentences/tiedParty.ts';
import { compiled } from '../../helpers/lexicon.ts';

/** The party the group ending at the first occurrence of `group` is tied to. */
const tied = (text: string, group: string) => tiedParty(text, { end: text.indexOf(group) + group.length }, compiled);

// Sentences written for these tests, of no real report.
describe('tiedParty: whom a group the gazetteer does not know belongs to', () => {
  test.each([
    ['an attack by gunmen tied to the Cambodian army', 'gunmen', 'Cambodia'],
    ['a militia linked to Thailand shelled the village', 'militia', 'Thailand'],
    ['the rebels, backed by Cambodia, said they held the hill', 'rebels', 'Cambodia'],
    ['fighters allied with the Thai government crossed the river', 'fighters', 'Thailand'],
    // The tie said of the last of a pair is said of both.
    ['a raid by armed gangs and militias linked to Cambodia', 'armed gangs', 'Cambodia'],
  ])('"%s": %s → %s', (text, group, party) => {
    expect(tied(text, group)).toBe(party);
  });

  test.each([
    // No tie, or a tie to nobody the gazetteer names.
    ['gunmen fired on the Cambodian post', 'gunmen'],
    ['a militia linked to local smugglers raided the market', 'militia'],
  ])('"%s": %s → nobody', (text, group) => {
    expect(tied(text, group)).toBeUndefined();
  });
});
