import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences in the shapes of wire reports; parties Arland and Borea. Read through
// analyseSentence, whose blameSaid asks brokeItsWord of each plain saying.
const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);
const sayings = (text: string) => read(text).triggers.filter((t) => t.value === 'statement' || t.value === 'accusation').map((t) => t.value);

describe('brokeItsWord: words said that tell another side broke its word or an accord make the saying an accusation (blameSaid)', () => {
  test.each([
    'Borea said on Thursday that Arland had broken its commitments on the river islands.',
    "Arland's foreign ministry said on Tuesday that Borean troops had flagrantly violated the 1998 agreement on the border.",
  ])('"%s" is an accusation', (text) => {
    expect(sayings(text)).toEqual(['accusation']);
  });

  test.each([
    // Not broken, or only what may be: no charge.
    'Borea said on Thursday that Arland had not broken the accord.',
    'Borea said on Thursday that Arland would never break its promises.',
    // The speaker's own side owning up to it accuses no one.
    'Arland said on Thursday that Arland had broken no promise.',
    'Borea said on Thursday that Arland had broken no agreement.',
  ])('"%s" stays a statement', (text) => {
    expect(sayings(text)).toEqual(['statement']);
  });
});
