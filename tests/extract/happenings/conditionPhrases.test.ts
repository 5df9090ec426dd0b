import { describe, expect, test } from 'vitest';
import { conditionPhrases } from '../../../scripts/lib/extract/happenings/compileHappenings.ts';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

describe('conditionPhrases', () => {
  const trigger = (when: Record<string, string | string[]>) => ({ words: ['attack'], refine: [{ when, type: null }] });

  test('names each phrase of several words a condition gives, once, as a class of its own', () => {
    const found = conditionPhrases([trigger({ clause: ['committed to', 'sworn', '!exchange of fire'] }), trigger({ governor: 'shoot down' })], new Set());
    expect(found).toEqual({ 'committed to': ['committed to'], 'exchange of fire': ['exchange of fire'], 'shoot down': ['shoot down'] });
  });

  test('leaves single words, class names and "*" to be looked up as they were', () => {
    expect(conditionPhrases([trigger({ clause: ['sworn', 'battle-line', '*', '(number)'], agent: '!mob' })], new Set(['battle-line']))).toEqual({});
  });

  test('splits as the tagger does, so a hyphenated word of several tokens is a phrase', () => {
    expect(Object.keys(conditionPhrases([trigger({ clause: ['cease-fire'] })], new Set()))).toEqual(['cease-fire']);
  });
});

// Before, a phrase in a rule's conditions was looked up among the keys of one token and never
// matched: "a militia committed to the destruction of …" was property destroyed.
test('a refine rule whose condition is a phrase holds where the phrase is in its role', () => {
  const types = (text: string) => findHappenings(text, rules).map((h) => h.type);
  expect(types('Arland backs a militia committed to the destruction of the Borean state.')).toEqual([]);
  expect(types('Arland backs a militia sworn to the destruction of the Borean state.')).toEqual([]);
  expect(types('Militiamen caused the destruction of the Borean customs post on Monday.')).toContain('property-destruction');
});
