import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences in the shapes of wire reports; parties Arland and Borea.
const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);
const sayings = (text: string) => read(text).triggers.filter((t) => t.value === 'statement' || t.value === 'accusation').map((t) => t.value);

describe('blameSaid: words said that predicate a word of blame make the saying an accusation', () => {
  test.each([
    "Arland's foreign ministry said on Tuesday the seizure of the crossing was an occupation of Arlandese land and a flagrant violation of the 2019 agreement.",
    'Arland said on Tuesday that the incursion was a flagrant violation of its sovereignty by Borean troops.',
    "In a statement, Borea's intelligence agency said it held clear proof that Arland had planned and staged the provocations at Kelvask Pass.",
  ])('"%s" is an accusation', (text) => {
    expect(sayings(text)).toEqual(['accusation']);
  });

  test.each([
    'Arland said on Tuesday that the talks had gone well.',
    // A word of blame the words do not predicate: a condition, not a charge.
    "Arland's foreign ministry said on Tuesday that Arland would withdraw its troops if Borea ended its aggression.",
    "Arland's foreign ministry said on Tuesday that Arland would respond to any aggression.",
  ])('"%s" stays a statement', (text) => {
    expect(sayings(text)).toEqual(['statement']);
  });

  test('the title gives the words said, not the addressee before them', () => {
    const about = [...read('Arland said on Tuesday that the incursion was a flagrant violation of its sovereignty by Borean troops.').about].filter(([t]) => t.value === 'accusation').map(([, f]) => f.saysAbout);
    expect(about).toEqual(['the incursion is a flagrant violation of its sovereignty']);
    // Worded as the saying it is: "says …", not a bare "Accusation by Borea".
    const charge = [...read("Borea's security service said on Tuesday that it had firm evidence that Arland had prepared and staged provocations in the strait.").about].find(([t]) => t.value === 'accusation')?.[1];
    expect(charge).toMatchObject({ says: 'says', saysAbout: 'it had firm evidence that Arland prepared' });
  });
});
