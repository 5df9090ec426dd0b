import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { claimsLand } from '../../../scripts/lib/extract/sentences/claimsLand.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences of Arland, Borea and Ondria: "claims" of land beside "claims" of what happened.
const claimedOf = (text: string, kind: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about].filter(([t]) => t.value === kind).map(([, f]) => f.claimed);
const landAt = (text: string) => {
  const tokens = tagText(text);
  return tokens.filter((t) => /^claim/i.test(t.text)).map((t) => claimsLand(tokens, t.index));
};

describe('claimsLand: a claim word whose object is the land named before it', () => {
  test.each([
    'Borean ships rammed Arlandese boats on Saturday in the area Arland claims.',
    'Borean ships rammed Arlandese boats on Saturday near the island, which both countries claim.',
    'Rejecting the deal, Arland said it cut into waters it claims under a 2019 pact with Ondria.',
  ])('%s → a claim of land', (text) => {
    expect(landAt(text)).toEqual([true]);
  });

  test.each([
    'Arland claims Borean ships rammed its boats on Saturday.',
    'Borean ships rammed Arlandese boats on Saturday, Arland claimed.',
    'Arland claimed on Saturday that Borean ships had rammed its boats.',
    'Borea claimed to have shot down two Arlandese drones.',
    'The fighting, which Arland claims killed 30 soldiers, ended on Saturday.',
  ])('%s → a telling', (text) => {
    expect(landAt(text)).toEqual([false]);
  });
});

describe('a claim of land makes nothing in its sentence one side\'s word', () => {
  test.each([
    ['Borean ships rammed Arlandese boats on Saturday in the area Arland claims.', 'fighting'],
    ["Arland called the accord void, saying it ran into the waters Arland claims off the Halvane coast.", 'ceasefire'],
  ])('%s → told as it happened', (text, kind) => {
    expect(claimedOf(text, kind)).toEqual([false]);
  });

  test('a telling with "claimed" still makes the act one side\'s word', () => {
    expect(claimedOf('Borean ships rammed Arlandese boats on Saturday, Arland claimed.', 'fighting')).toEqual([true]);
  });
});
