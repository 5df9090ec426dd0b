import { describe, expect, test } from 'vitest';
import { retagNamedSubjectVerbs } from '../../../scripts/lib/extract/happenings/retagNamedSubjectVerbs.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const posOf = (text: string, word: string) => retagNamedSubjectVerbs(tagText(text)).find((t) => t.lower === word)!.pos;
const taggedAs = (text: string, word: string) => tagText(text).find((t) => t.lower === word)!.pos;

describe('retagNamedSubjectVerbs', () => {
  test.each([
    ['Arland shells Borean villages near the pass.', 'shells'],
    ['Arland bombs Borean positions near the crossing.', 'bombs'],
    ['14:05 — Arland shells Sevrin.', 'shells'],
    // A noun and a plural that ends the object, after a headline's topic and its colon.
    ['Pipeline dispute: Arland halts oil exports to Velmora', 'halts'],
    ['Arland halts sand exports, bans some Borean fruit.', 'halts'],
  ])('tags the present after a name that opens the sentence, before its object, as a verb: %s', (text, word) => {
    expect(taggedAs(text, word)).toBe('NOUN');
    expect(posOf(text, word)).toBe('VERB');
  });

  test.each([
    // A plural noun the sentence's verb follows, after a name, stays a noun.
    ['Arland shells landed in Sevrin.', 'shells'],
    // After a name inside the sentence, not opening it.
    ['Residents said the Arland shells Borean gunners fired were old.', 'shells'],
    // Two nouns after it that a verb or a full stop follows may be its own predicate.
    ['Arland troops border patrols were doubled.', 'troops'],
    ['Arland soldiers guard posts.', 'soldiers'],
  ])('leaves a plural noun a noun where no object follows it, or the name does not open the sentence: %s', (text, word) => {
    expect(posOf(text, word)).toBe(taggedAs(text, word));
  });
});
