import { describe, expect, test } from 'vitest';
import { phraseMatcher } from '../../../scripts/lib/extract/lexicon/phraseMatcher.ts';

const find = phraseMatcher([
  ['peace deal', 'ceasefire'],
  ['deal', 'other'],
  ['US', 'United States'],
  ['U.S.', 'United States'],
  ["defence ministers' dialogue", 'talks'],
]);
const values = (text: string) => find(text).map((m) => [m.text, m.value]);

describe('phraseMatcher', () => {
  test('prefers the longest phrase and lets any whitespace stand for a space', () => {
    expect(values('A peace\n deal, then a deal.')).toEqual([['peace\n deal', 'ceasefire'], ['deal', 'other']]);
  });

  test('matches acronyms as written but other phrases ignoring case', () => {
    expect(values('the US and us, the U.S. and the Peace Deal')).toEqual([
      ['US', 'United States'],
      ['U.S.', 'United States'],
      ['Peace Deal', 'ceasefire'],
    ]);
  });

  describe('a longer name wins over a shorter one inside it, whichever is an acronym', () => {
    const nested = phraseMatcher([
      ['UN', 'United Nations'],
      ['UN Security Council', 'UN Security Council'],
      ['Security Council', 'UN Security Council'],
      ['EU', 'European Union'],
      ['EU Naval Force', 'EU Naval Force'],
      ['Red Cross', 'Red Cross'],
      ['International Committee of the Red Cross', 'ICRC'],
    ]);
    test.each([
      ['The UN Security Council met.', [['UN Security Council', 'UN Security Council']]],
      ['The UN and the Security Council met.', [['UN', 'United Nations'], ['Security Council', 'UN Security Council']]],
      ['The UN said so.', [['UN', 'United Nations']]],
      ['an EU Naval Force frigate and an EU envoy', [['EU Naval Force', 'EU Naval Force'], ['EU', 'European Union']]],
      ['the International Committee of the Red Cross and the Red Cross', [['International Committee of the Red Cross', 'ICRC'], ['Red Cross', 'Red Cross']]],
    ])('%s', (text, expected) => {
      expect(nested(text).map((m) => [m.text, m.value])).toEqual(expected);
    });
  });

  test('matches whole words only', () => {
    expect(values('ordeal USA deals')).toEqual([]);
  });

  test('lets a straight apostrophe in the list match a curly one in the text', () => {
    expect(values('a defence ministers’ dialogue')).toEqual([["defence ministers’ dialogue", 'talks']]);
  });

  test('returns offsets into the text', () => {
    const [match] = find('the peace deal');
    expect(match).toMatchObject({ start: 4, end: 14 });
  });
});

describe('phraseMatcher answers a text asked of again as it did the first time', () => {
  test('the same matches, each a copy of its own', () => {
    const find = phraseMatcher([['Kelvask Pass', 'place'], ['Arland', 'party']]);
    const first = find('Arland troops reached Kelvask Pass.');
    const second = find('Arland troops reached Kelvask Pass.');
    expect(second).toEqual(first);
    expect(second[0]).not.toBe(first[0]);
    first[0]!.text = 'changed';
    expect(find('Arland troops reached Kelvask Pass.')[0]!.text).toBe('Arland');
  });
});
