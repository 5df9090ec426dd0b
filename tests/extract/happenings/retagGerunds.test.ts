import { describe, expect, test } from 'vitest';
import { retagGerunds } from '../../../scripts/lib/extract/happenings/retagGerunds.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const posOf = (text: string, word: string) => retagGerunds(tagText(text)).find((t) => t.lower === word)!.pos;

describe('retagGerunds', () => {
  test.each([
    ['Officials said five weeks of fighting along the river had ended.', 'fighting'],
    ['The villagers feared another night of shelling.', 'shelling'],
  ])('tags a gerund after a noun and "of", with no object, as a noun: %s', (text, word) => {
    expect(tagText(text).find((t) => t.lower === word)!.pos).toBe('VERB');
    expect(posOf(text, word)).toBe('NOUN');
  });

  test.each([
    ['Borea closed the Halvane crossing on Tuesday.', 'crossing'],
    ['Troops guarded the Ondria crossing on Monday.', 'crossing'],
  ])('tags a gerund that closes a name after its article as the noun it heads: %s', (text, word) => {
    expect(tagText(text).find((t) => t.lower === word)!.pos).toBe('VERB');
    expect(posOf(text, word)).toBe('NOUN');
  });

  test('leaves a gerund after a name a verb when an object follows it', () => {
    expect(posOf('The Arlandese crossing the river were stopped.', 'crossing')).toBe(tagText('The Arlandese crossing the river were stopped.').find((t) => t.lower === 'crossing')!.pos);
  });

  test.each([
    ['The mayor accused the rebels of shelling the market.', 'shelling'],
    ['The mayor accused the rebels of firing on the market.', 'firing'],
  ])('leaves a gerund with an object or a particle a verb: %s', (text, word) => {
    expect(posOf(text, word)).toBe(tagText(text).find((t) => t.lower === word)!.pos);
  });

  test('returns the untouched tokens as they were', () => {
    const tokens = tagText('Rebels attacked the base.');
    expect(retagGerunds(tokens).every((t, i) => t === tokens[i])).toBe(true);
  });
});
