import { describe, expect, test } from 'vitest';
import { retagTellingPasts } from '../../../scripts/lib/extract/happenings/retagTellingPasts.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const tokenOf = (text: string, word: string) => retagTellingPasts(tagText(text)).find((t) => t.lower === word)!;
const taggedAs = (text: string, word: string) => tagText(text).find((t) => t.lower === word)!.pos;

describe('retagTellingPasts', () => {
  test.each([
    ['Borea alleged on Saturday that Arlandese troops had shelled the town.'],
    ['Borea alleged that Arlandese jets had crossed into its airspace.'],
  ])('tags a past of telling read as an adjective after its subject as the verb it is: %s', (text) => {
    expect(taggedAs(text, 'alleged')).toBe('ADJ');
    expect(tokenOf(text, 'alleged')).toMatchObject({ pos: 'VERB', lemma: 'allege' });
  });

  test('leaves one that describes a noun an adjective', () => {
    const text = 'Borea condemned the alleged attack on its post.';
    expect(tokenOf(text, 'alleged').pos).toBe(taggedAs(text, 'alleged'));
  });
});
