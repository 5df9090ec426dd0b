import { describe, expect, test } from 'vitest';
import { complementOf, headlineClause, toPresent } from '../../../scripts/lib/extract/sentences/complementOf.ts';

describe('toPresent: a reported clause in a headline’s present', () => {
  test.each([
    ['its troops had laid mines', 'its troops laid mines'],
    ['the army had bombed a school', 'the army bombed a school'],
    ['it was ready', 'it is ready'],
    ['the talks were routine', 'the talks are routine'],
    ['it would respond', 'it will respond'],
    // a passive tells a done deed; "had" without a simple past stays
    ['a soldier was killed', 'a soldier was killed'],
    ['its troops had not fired', 'its troops had not fired'],
    ['the war had gone on', 'the war had gone on'],
  ])('%s → %s', (clause, expected) => {
    expect(toPresent(clause.split(' ')).join(' ')).toBe(expected);
  });
});

describe('headlineClause: cut before a clause with its own tense, and only at a phrase boundary', () => {
  test.each([
    ['it would respond if Borean troops crossed the border again', 'it will respond'],
    ['the border would stay closed until Arland withdrew', 'the border will stay closed'],
    ['the case can go ahead only if Borea accepts', 'the case can go ahead'],
    ['relations had reached the point where war was near', 'relations reached the point'],
    // longer than a headline: cut before its last preposition or conjunction within reach
    ['he was sure the rivals would keep their promise of calm along the frontier', 'he is sure the rivals will keep their promise'],
    ["the army's raids on the smugglers' camps were over and handed the gangs a week", "the army's raids on the smugglers' camps are over"],
    // no boundary within reach: no thought, rather than "send home all 200"
    ['he would send home all 200,000 Borean refugees living there now', undefined],
  ])('%s → %s', (clause, expected) => {
    expect(headlineClause(clause)).toBe(expected);
  });
});

describe('complementOf: what a verb of saying says, from the words after it', () => {
  test.each([
    [' Borea      of using cluster munitions.', { addressee: 'Borea', verb: 'accused', heads: ['of'] as const }, 'of using cluster munitions'],
    [' that its troops had laid new landmines.', { verb: 'denied', heads: ['that'] as const }, 'its troops laid new landmines'],
    [' losing any helicopter after the truce began.', { verb: 'denied', heads: ['gerund'] as const }, 'losing any helicopter'],
    [' that jets had bombed a school.', { verb: "rejected Borea's claim", heads: ['that'] as const }, 'that jets bombed a school'],
    [' that both sides withdraw their troops.', { verb: 'proposed', heads: ['that'] as const }, 'both sides withdraw their troops'],
    [' Arland and Borea to return to talks.', { addressee: 'Arland and Borea', verb: 'called on', heads: ['to'] as const }, 'to return to talks'],
    [' both sides to protect civilians.', { verb: 'urged', heads: ['to'] as const }, 'both sides to protect civilians'],
    [' it was ready to hold talks.', { verb: 'said', heads: ['clause'] as const }, 'it is ready to hold talks'],
    // a "that" clause with no verb left is no thought; a head the verb may not take is none
    [' that Borean pilot Tarn Vel, captured on Monday, would be freed.', { verb: 'announced', heads: ['that'] as const }, undefined],
    [' for the work they had put in.', { verb: 'thanked', heads: ['that', 'to'] as const }, undefined],
    [' reporters that the border was calm.', { verb: 'told', heads: ['clause'] as const }, undefined],
  ])('%s → %s', (after, options, expected) => {
    expect(complementOf(after, options)).toBe(expected);
  });
});
