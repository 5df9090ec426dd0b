import { describe, expect, test } from 'vitest';
import { isToldAhead } from '../../../scripts/lib/extract/sentences/isToldAhead.ts';

const at = (text: string, word: string) => isToldAhead(text, text.indexOf(word));

describe('isToldAhead', () => {
  test.each([
    ['Ondria to reopen its consulate in Kel from Monday', 'reopen'],
    ['Kelvask Pass row: Borea and Ondria to meet in Velmora on Friday', 'meet'],
    ['Arland To Close Halvane Crossing', 'Close'],
    ['The ministry means to publish its findings on the shelling on Friday.', 'publish'],
  ])('reads "%s" as told ahead of the page', (text, word) => {
    expect(at(text, word)).toBe(true);
  });

  test.each([
    // An infinitive that a verb before it governs is that verb's object, told as it stands.
    ['Arland tells Borea to shut the Halvane crossing', 'shut'],
    // Headline English only in a headline: a sentence with its full stop is read by its own verbs.
    ['Arland agreed to shut the crossing on Saturday.', 'shut'],
    ['Arland to shut the crossing from Saturday, Lena Ferrin said.', 'shut'],
    // "the means to", a noun.
    ['Borea lacks the means to defend the pass on Friday.', 'defend'],
  ])('reads "%s" as told in its own tense', (text, word) => {
    expect(at(text, word)).toBe(false);
  });
});
