import { describe, expect, test } from 'vitest';
import { chooseHappening } from '../../../scripts/lib/extract/happenings/chooseHappening.ts';
import { classifySnippet } from '../../../scripts/lib/extract/happenings/classifySnippet.ts';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { rules } from '../../helpers/lexicon.ts';

describe('classifySnippet', () => {
  test.each([
    ['Insurgents attacked an army checkpoint at dawn, killing four soldiers. The fighting lasted two hours.', 'ARMED_CLASH'],
    ['Several people were hurt when a grenade exploded near a bus stop. Police said it was thrown from a motorbike.', 'GRENADE'],
    ['Thousands rallied in the capital on Sunday to demand the release of detained students.', 'PEACE_PROTEST'],
    ['Riot police fired tear gas to break up a sit-in outside the ministry.', 'PROTEST_WITH_INTER'],
    ['A storm flooded coastal towns and left thousands without power.', 'NATURAL_DISASTER'],
    ['Two freight trains collided near the depot, and a leak of diesel forced an evacuation.', 'MAN_MADE_DISASTER'],
    ['The foreign ministry summoned the ambassador and expelled two diplomats.', 'DIPLO'],
    ['A little-known group claimed responsibility for the car bomb that killed six people.', 'ATTRIB'],
    ['The weather was mild and the market opened late.', 'OTHER'],
  ])('%s → %s', (text, label) => {
    expect(classifySnippet(text, rules).label).toBe(label);
  });

  test('maps a type to CASE through the ontology, and a non-conflict type through its own entry', () => {
    expect(rules.types.get('shelling')?.caseLabel).toBe('ART_MISS_ATTACK');
    expect(rules.types.get('organised-crime')).toMatchObject({ caseLabel: 'ORG_CRIME', conflict: false });
    expect(rules.types.get('talks')?.caseLabel).toBe('AGREEMENT');
  });
});

describe('chooseHappening', () => {
  const choose = (text: string) => chooseHappening(findHappenings(text, rules), rules)?.type;

  test('prefers the more specific happening of a sentence', () => {
    expect(choose('Militants attacked the convoy with rocket-propelled grenades and mortars.')).toBe('shelling');
  });

  test('prefers the first sentence unless a later one is much more specific', () => {
    expect(choose('Police arrested 12 people on Friday. Officers said the men had no weapons.')).toBe('arrest');
    expect(choose('Eleven people died in the attack on the market. Two suicide bombers blew themselves up among shoppers.')).toBe('suicide-bomb');
  });

  test('passes over denied happenings and prefers what happened to what was feared', () => {
    expect(choose('No shots were fired, but residents fled their homes.')).toBe('displacement');
    expect(choose('Officials fear that fighting could resume; the border crossing was closed on Monday.')).toBe('border-closed');
  });
});
