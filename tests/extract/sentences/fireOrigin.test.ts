import { describe, expect, test } from 'vitest';
import { fireOrigin, originWords } from '../../../scripts/lib/extract/sentences/fireOrigin.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The party the fire named by `words` (their first occurrence) came from. */
const origin = (text: string, words: string) => fireOrigin(text, { end: text.indexOf(words) + words.length, value: 'strike' }, invented);

// Sentences written for these tests, of no real report.
describe('fireOrigin: the side fire came from, as the doer no other words name', () => {
  test.each([
    ['Shells fired from Borea hit the village of Dorsk on Monday.', 'Shells', 'Borea'],
    ['Artillery fired overnight from the hills of Sevrin province killed a child in Ondria.', 'Artillery', 'Borea'],
    ['Arlandese border areas came under fire from inside Borea, the army said.', 'came under fire', 'Borea'],
    ['Mortar rounds from across the border in Arland fell on the market.', 'Mortar rounds', 'Arland'],
    ['The rockets were fired from Borean positions near the Halvane crossing.', 'rockets', 'Borea'],
    ['Artillery fire from the Arlandese bases of the Kelvask Pass struck the post.', 'Artillery fire', 'Arland'],
  ])('"%s": %s → %s', (text, fire, party) => {
    expect(origin(text, fire)).toBe(party);
  });

  test.each([
    // No "from", or a "from" that tells no fire's origin.
    ['Shells hit the village of Dorsk on Monday.', 'Shells'],
    ['Mortar shells from across the border hit several houses.', 'Mortar shells'],
    ['The army took back farmland from Borean militias.', 'took back'],
    ['The fighting involved a militant group from Borea.', 'fighting'],
    // Where the fire went is not where it came from.
    ['Artillery fired from the hills into Borea killed two.', 'Artillery'],
  ])('"%s": %s → nobody', (text, fire) => {
    expect(origin(text, fire)).toBeUndefined();
  });

  test('reads only the fire of a strike or a clash', () => {
    const text = 'Aid convoys sent from Borea reached Dorsk.';
    expect(fireOrigin(text, { end: text.indexOf('convoys') + 7, value: 'humanitarian' }, invented)).toBeUndefined();
  });
});

describe('originWords: the words naming where fire came from, which are no place of the happening', () => {
  test.each([
    ['Artillery fired overnight from the hills of Sevrin province killed a child in Dorsk.', 'Artillery', 'the hills of Sevrin province'],
    ['Shells from Borea fell on the market at Dorsk.', 'Shells', 'Borea'],
    ['Rockets fired from the Kelvask Pass into Ondria wounded two.', 'Rockets', 'the Kelvask Pass'],
  ])('"%s": %s → "%s"', (text, fire, words) => {
    const found = originWords(text, { end: text.indexOf(fire) + fire.length, value: 'strike' });
    expect(found?.text).toBe(words);
    expect(text.slice(found!.start, found!.end)).toBe(words);
  });
});
