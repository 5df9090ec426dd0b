import { describe, expect, test } from 'vitest';
import { findEntities } from '../../../scripts/lib/extract/sentences/findEntities.ts';
import { findName } from '../../../scripts/lib/extract/sentences/findName.ts';
import { findParticipants } from '../../../scripts/lib/extract/sentences/findParticipants.ts';
import { invented } from '../../helpers/lexicon.ts';

describe('findEntities', () => {
  test('names each actor once, in order, counting a force as its country too', () => {
    expect(findEntities('Borean troops shelled Arlandese villages; Borea denied it.', invented).actors).toEqual([
      'Borean Army',
      'Borea',
      'Arland',
    ]);
  });

  test('takes a capital for its government only when it is not a place of something', () => {
    expect(findEntities('Arlandia City said talks in Velmora went well.', invented).actors).toEqual(['Arland']);
  });

  test('counts a place only after a preposition of place or a possessive', () => {
    const { places } = findEntities('Troops from Ondria met at a checkpoint in Borea’s Sevrin Province; Kelvask Pass was quiet.', invented);
    expect(places.map((p) => p.name)).toEqual(['Ondria', 'Sevrin']);
    expect(places[1]).toEqual({ name: 'Sevrin', admin1: 'Sevrin', country: 'Borea', kind: 'province' });
  });
});

describe('findParticipants', () => {
  const participants = (text: string, trigger: string) => {
    const match = invented.kinds(text).find((m) => m.text === trigger)!;
    return findParticipants(text, match, invented);
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
    expect(findName(text, invented.kinds(text).find((m) => m.value === 'ceasefire' && m.text !== 'truce')!)).toBe('Jakarta Peace Accord');
  });

  test('finds no name for a trigger that only starts the sentence', () => {
    const text = 'Talks began on Monday.';
    expect(findName(text, invented.kinds(text)[0]!)).toBeUndefined();
  });
});
