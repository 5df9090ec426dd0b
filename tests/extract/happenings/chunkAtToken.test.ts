import { expect, test } from 'vitest';
import { chunkAtToken } from '../../../scripts/lib/extract/happenings/chunkAtToken.ts';
import { readStructure } from '../../../scripts/lib/extract/happenings/readStructure.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const tokens = tagText('Rebels shelled the town, and officials fled.');
const s = readStructure(tokens, 0, tokens.length);
const words = (i: number) => {
  const chunk = chunkAtToken(s, i);
  return chunk && tokens.slice(chunk.start, chunk.end).map((t) => t.text).join(' ');
};

test('chunkAtToken gives the chunk a token is in: "town" is in "the town"', () => {
  expect(words(tokens.findIndex((t) => t.text === 'town'))).toBe('the town');
  expect(words(tokens.findIndex((t) => t.text === 'the'))).toBe('the town');
});

test('chunkAtToken gives none for a comma, and none outside the sentence', () => {
  expect(chunkAtToken(s, tokens.findIndex((t) => t.text === ','))).toBeUndefined();
  expect(chunkAtToken(s, -1)).toBeUndefined();
  expect(chunkAtToken(s, tokens.length)).toBeUndefined();
});
