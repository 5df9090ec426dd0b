import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { findHappenings } from '../../../scripts/lib/extract/happenings/findHappenings.ts';
import { invented, rules } from '../../helpers/lexicon.ts';

// Invented sentences of Arland, Borea and Velmora: a hedge or a charge makes a happening one side's
// claim only where it reaches it.
const toldOf = (text: string, type: string) => findHappenings(text, rules).find((h) => h.type === type)?.told;
const claimedOf = (text: string, kind: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about].filter(([t]) => t.value === kind).map(([, f]) => f.claimed);

describe('one side\'s word: a hedge the sentence overrules, a charge that does not reach', () => {
  test('fighting that "reportedly" flared, with both sides blaming each other for it, took place', () => {
    expect(claimedOf('Fighting between Arland and Borea at Kelvask Pass reportedly flared up overnight, with the defence ministries of the two countries blaming each other for the escalation.', 'fighting')).toEqual([false]);
  });

  test('a "reportedly" nobody overrules keeps the happening a claim', () => {
    expect(claimedOf('Borean troops reportedly shelled Kelvask Pass on Friday.', 'strike')).toEqual([true]);
  });

  test('a clause opened by ", but" after a charge is the sentence\'s own telling', () => {
    expect(claimedOf('Arland holds the Velmora Front responsible for years of killings, but the group last struck in May 2019, when its gunmen attacked the market at Kelvask.', 'civilians')).toEqual([false]);
  });

  test('blame each side lays on the other concedes the happening it names after: no one\'s claim', () => {
    expect(toldOf('Each capital blames the other for the first shot, and an inquiry into the skirmish at Kelvask Pass has begun.', 'armed-clash')).toBeUndefined();
    expect(claimedOf('Each capital blames the other for the first shot, and an inquiry into the skirmish at Kelvask Pass has begun.', 'fighting')).toEqual([false]);
  });

  test('blame one side lays on the other keeps what it names after that side\'s claim', () => {
    expect(toldOf('Arland accuses Borea of starting it, and the skirmish at Kelvask Pass is being investigated.', 'armed-clash')?.claim).toBe(true);
  });

  test('"but also" goes on with the charge', () => {
    expect(claimedOf('Arland accused Borea of shelling Kelvask Pass, but also of firing on the Halvane crossing.', 'fighting')).toEqual([true]);
  });
});
