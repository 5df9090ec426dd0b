import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

const read = (text: string) => analyseSentence({ start: 0, end: text.length, text }, 0, compiled);
/** Each denial the sentence reads, as its speaker. */
const denials = (text: string) => [...read(text).about].filter(([t]) => t.type === 'denial').map(([, f]) => f.speaker);

describe('denialsOf: a side that says it did not do a hostile act denies it', () => {
  test.each([
    // Invented sentences in the shape of wire reports of a charge answered.
    ['Cambodia said its troops had not fired on Thai positions.', ['Cambodia']],
    ['Cambodia said it had not violated the ceasefire.', ['Cambodia']],
    ['Cambodian officials said Cambodia had not violated the ceasefire.', ['Cambodia']],
  ])('%s', (text, speakers) => {
    expect(denials(text)).toEqual(speakers);
  });

  test.each([
    // Of the other side, or by no one named: no denial.
    'Cambodia said Thailand had not attacked.',
    'Officials said its troops had not fired on the positions.',
    // Done, not denied.
    'Cambodia said its troops had fired on Thai positions.',
  ])('reads none in %j', (text) => {
    expect(denials(text)).toEqual([]);
  });
});
