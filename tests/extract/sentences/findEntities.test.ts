import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../scripts/lib/extract/sentences/findEntities.ts';
import { findName } from '../../../scripts/lib/extract/sentences/findName.ts';
import { findParticipants } from '../../../scripts/lib/extract/sentences/findParticipants.ts';
import { compiled } from '../../helpers/lexicon.ts';

describe('findEntities', () => {
  test('names each actor once, in order, counting a force as its country too', () => {
    expect(findEntities('Cambodian troops shelled Thai villages; Cambodia denied it.', compiled).actors).toEqual([
      'Royal Cambodian Armed Forces',
      'Cambodia',
      'Thailand',
    ]);
  });

  test('takes a capital for its government only when it is not a place of something', () => {
    expect(findEntities('Bangkok said talks in Phnom Penh went well.', compiled).actors).toEqual(['Thailand']);
  });

  test('counts a place only after a preposition of place or a possessive', () => {
    const { places } = findEntities('Troops from Surin met at a checkpoint in Thailand’s Chanthaburi Province; Trat was quiet.', compiled);
    expect(places.map((p) => p.name)).toEqual(['Surin', 'Chanthaburi']);
    expect(places[1]).toEqual({ name: 'Chanthaburi', admin1: 'Chanthaburi', country: 'Thailand', kind: 'province', latitude: 12.812, longitude: 102.139 });
  });
});

describe('findParticipants', () => {
  const participants = (text: string, trigger: string) => {
    const match = compiled.kinds(text).find((m) => m.text === trigger)!;
    return findParticipants(text, match, compiled);
  };

  test.each([
    ['a defence ministers’ dialogue scheduled for May 2', 'dialogue', 'defence ministers'],
    ['a possible meeting between the two countries\' defense ministers on Friday', 'meeting', 'defence ministers'],
    ['a special meeting of Southeast Asian foreign ministers in Jakarta', 'meeting', 'Southeast Asian foreign ministers'],
    ['the first meeting of the Regional Border Committee', 'meeting', 'the Regional Border Committee'],
    ['the General Border Committee is due to convene on Monday', 'convene', 'the General Border Committee'],
    ['Regional army commanders are scheduled to meet on Tuesday', 'meet', 'regional army commanders'],
    ['talks resumed on Monday', 'talks', undefined],
  ])('in %j', (text, trigger, who) => {
    expect(participants(text, trigger)).toBe(who);
  });
});

describe('findName', () => {
  test('takes the capitalised words around a capitalised trigger as the name', () => {
    const text = 'a truce brokered under the Jakarta Peace Accord in May';
    expect(findName(text, compiled.kinds(text).find((m) => m.value === 'ceasefire' && m.text !== 'truce')!)).toBe('Jakarta Peace Accord');
  });

  test('finds no name for a trigger that only starts the sentence', () => {
    const text = 'Talks began on Monday.';
    expect(findName(text, compiled.kinds(text)[0]!)).toBeUndefined();
  });
});
