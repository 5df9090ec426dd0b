import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The doer read for each act of violence in a sentence, as kind and party. */
const doers = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.value === 'strike' || t.value === 'fighting')
    .map(([t, f]) => [t.value, f.agent]);

// Sentences written for these tests, of no real report.
describe('analyseSentence: who did each act', () => {
  test.each([
    // Fire no doer is named for is the side it came from; each side's fire stays its own.
    ['Artillery fired overnight from the hills of Sevrin province killed a child in Ondria on Monday.', [['strike', 'Borea']]],
    ['Arlandese troops shelled Dorsk on Monday, and rockets fired from inside Arland hit Velmora.', [['strike', 'Arland'], ['strike', 'Arland']]],
    // "its" with no teller is the party its clause names before it.
    ['Borea answered with its heaviest strikes of the week on Monday, which killed 10 people.', [['strike', 'Borea']]],
    ['On Monday Borea launched its heaviest strikes of the month.', [['strike', 'Borea']]],
    // A teller's "its" stays the teller's.
    ['Arland said on Monday that its troops had shelled the pass.', [['strike', 'Arland']]],
  ])('"%s"', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  test('a doer the words name is not replaced by where the fire came from', () => {
    expect(doers('Borean gunners fired rockets from the Kelvask Pass at Ondria on Monday.')).toEqual([['strike', 'Borea']]);
  });
});
