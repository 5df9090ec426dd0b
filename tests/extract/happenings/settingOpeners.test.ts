import { expect, test } from 'vitest';
import { readStructure } from '../../../scripts/lib/extract/happenings/readStructure.ts';
import { SETTING_OPENERS } from '../../../scripts/lib/extract/happenings/settingOpeners.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

// The opener the structure reader gives a sentence's second clause, as findHappenings compares it.
const secondOpener = (sentence: string) => {
  const tokens = tagText(sentence);
  return readStructure(tokens, 0, tokens.length).clauses[1]?.opener;
};

test.each([
  ['Arland summoned the envoy when Borean troops crossed the line.', true],
  ['The ministers met as both navies held drills.', true],
  ['Borea broke off the contacts once the deal was announced.', true],
  ['Arland summoned the envoy because Borean troops crossed the line.', false],
  ['Arland summoned the envoy after Borean troops crossed the line.', false],
])('SETTING_OPENERS holds the opener of %j: %s', (sentence, expected) => {
  expect(SETTING_OPENERS.has(secondOpener(sentence) ?? '')).toBe(expected);
});
