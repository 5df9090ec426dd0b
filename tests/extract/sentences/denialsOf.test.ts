import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, invented);
/** Each denial the sentence reads, as its speaker. */
const denials = (text: string) => [...read(text).about].filter(([t]) => t.type === 'denial').map(([, f]) => f.speaker);

describe('denialsOf: a side that says it did not do a hostile act denies it', () => {
  test.each([
    // Invented sentences, of invented parties (tests/helpers/invented/), in the shape of a charge answered.
    ['Borea said its gunners had not shelled Arlandese villages.', ['Borea']],
    ['Borea said it had not broken the truce.', ['Borea']],
    ['Borean officials said Borea had not broken the truce.', ['Borea']],
  ])('%s', (text, speakers) => {
    expect(denials(text)).toEqual(speakers);
  });

  test.each([
    // Of the other side, or by no one named: no denial.
    'Borea said Arland had not attacked.',
    'Officials said its gunners had not shelled the villages.',
    // Done, not denied.
    'Borea said its gunners had shelled Arlandese villages.',
  ])('reads none in %j', (text) => {
    expect(denials(text)).toEqual([]);
  });
});
