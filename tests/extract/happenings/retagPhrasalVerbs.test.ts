import { describe, expect, test } from 'vitest';
import { retagPhrasalVerbs } from '../../../scripts/lib/extract/happenings/retagPhrasalVerbs.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const PAST = new Map([
  ['shot', 'shoot'],
  ['brought', 'bring'],
]);
const posOf = (text: string, word: string) => retagPhrasalVerbs(tagText(text), PAST).find((t) => t.lower === word)!;

describe('retagPhrasalVerbs', () => {
  test.each([
    ['Troops shot down two jets.', 'shot', 'VERB', 'shoot'],
    ['The army had shot down the drone.', 'shot', 'VERB', 'shoot'],
    ['Guards brought down a balloon.', 'brought', 'VERB', 'bring'],
  ])('tags the past form of a phrasal verb with its object as a verb: %s', (text, word, pos, lemma) => {
    const token = posOf(text, word);
    expect(token.pos).toBe(pos);
    expect(token.lemma).toBe(lemma);
  });

  test.each([
    ['The shot down the valley echoed.', 'shot'],
    ['It was a long shot up the hill.', 'shot'],
  ])('leaves a noun after a determiner or an adjective a noun: %s', (text, word) => {
    expect(posOf(text, word).pos).not.toBe('VERB');
  });

  test('returns the untouched tokens as they were', () => {
    const tokens = tagText('Rebels attacked the base.');
    const out = retagPhrasalVerbs(tokens, PAST);
    expect(out).not.toBe(tokens);
    out.forEach((t, i) => expect(t).toBe(tokens[i]));
  });
});
