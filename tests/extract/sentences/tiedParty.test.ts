import { describe, expect, test } from 'vitest';
import { tiedParty } from '../../../scripts/lib/extract/sentences/tiedParty.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The party the group ending at the first occurrence of `group` is tied to. */
const tied = (text: string, group: string) => tiedParty(text, { end: text.indexOf(group) + group.length }, invented);

// Sentences written for these tests, of no real report.
describe('tiedParty: whom a group the gazetteer does not know belongs to', () => {
  test.each([
    ['an attack by gunmen tied to the Borean army', 'gunmen', 'Borea'],
    ['a militia linked to Arland shelled the village', 'militia', 'Arland'],
    ['the rebels, backed by Borea, said they held the hill', 'rebels', 'Borea'],
    ['fighters allied with the Arlandese government crossed the river', 'fighters', 'Arland'],
    // The tie said of the last of a pair is said of both.
    ['a raid by armed gangs and militias linked to Borea', 'armed gangs', 'Borea'],
  ])('"%s": %s → %s', (text, group, party) => {
    expect(tied(text, group)).toBe(party);
  });

  test.each([
    // No tie, or a tie to nobody the gazetteer names.
    ['gunmen fired on the Borean post', 'gunmen'],
    ['a militia linked to local smugglers raided the market', 'militia'],
  ])('"%s": %s → nobody', (text, group) => {
    expect(tied(text, group)).toBeUndefined();
  });
});
