import { describe, expect, test } from 'vitest';
import { partyIn } from '../../../scripts/lib/bench/events/partyIn.ts';
import { speakerFit, speakerFits } from '../../../scripts/lib/bench/events/speakerFits.ts';
import { invented } from '../../helpers/lexicon.ts';

describe('speakerFits judges an event’s speaker against the key’s', () => {
  test.each([
    ['Arland', 'Mira Quell (Arland)'],
    ['Mira Quell', 'Mira Quell (Arland)'],
    ['Arland’s foreign ministry', 'foreign ministry (Arland)'],
    ['Arland and Borea', 'Arland'],
    ['OAS', 'Organization of American States'],
    ['Organization of American States', 'OAS'],
    ['Organization of American States', 'OAS General Secretariat'],
    ['United Nations', 'UN Secretary-General (spokesman)'],
    ['UN', 'United Nations Security Council'],
    ['Philippines', 'Philippine Coast Guard'],
    ['the United Nations', 'United Nations'],
  ])('%j speaks for %j', (event, key) => {
    expect(speakerFits(event, key)).toBe(true);
  });

  test.each([
    ['Borea', 'Mira Quell (Arland)'],
    ['Tomas Ilves', 'Mira Quell (Arland)'],
    ['Borean foreign ministry', 'foreign ministry (Arland)'],
    [undefined, 'Arland'],
    ['United Nations', 'AU Commission'],
    ['Arland Union', 'UN Secretary-General'],
  ])('%j does not speak for %j', (event, key) => {
    expect(speakerFits(event, key)).toBe(false);
  });

  // Names invented for these tests.
  describe('with the gazetteer, words that name the key’s side', () => {
    const partyOf = partyIn(invented);
    // An adjective that does not spell its country's name: only the gazetteer knows it.
    test.each([
      ['Philippines', 'Filipino navy'],
      ['Philippines', 'Ana Ruiz (Filipino foreign ministry)'],
    ])('%j speaks for %j', (event, key) => {
      expect(speakerFits(event, key)).toBe(false);
      expect(speakerFits(event, key, partyOf)).toBe(true);
    });

    test.each([
      ['Arland', 'Borean army'],
      ['Borea', 'Filipino navy'],
      ['Tomas Ilves', 'Ana Ruiz (Arlandese foreign ministry)'],
    ])('%j does not speak for %j', (event, key) => {
      expect(speakerFits(event, key, partyOf)).toBe(false);
    });
  });
});

describe('speakerFit grades how closely an event names the key’s speaker', () => {
  test.each([
    ['Mira Quell', 'Mira Quell (Arland)', 2],
    ['President Mira Quell', 'Mira Quell (Arland)', 2],
    ['Arland', 'Mira Quell (Arland)', 1],
    ['Security Minister Ana Ruiz', 'security minister (Arland)', 2],
    ['President Quell', 'Mira Quell (Arland)', 2],
    ['Quell', 'Mira Quell (Arland)', 2],
    ['Borean security minister', 'security minister (Arland)', 0],
    ['Tomas Ilves', 'Mira Quell (Arland)', 0],
    [undefined, 'Arland', 0],
  ] as const)('%j for %j is %d', (event, key, grade) => {
    expect(speakerFit(event, key)).toBe(grade);
  });

  test('the gazetteer’s side of a person named with a side grades 1, another side’s office 0', () => {
    const partyOf = partyIn(invented);
    expect(speakerFit('the Arland army', 'Mira Quell (Arland)', partyOf)).toBe(1);
    expect(speakerFit('Borea', 'security minister (Arland)', partyOf)).toBe(0);
  });
});
