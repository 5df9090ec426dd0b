import { describe, expect, test } from 'vitest';
import { nearestByWords, rankByWords } from '../../../scripts/lib/extract/sentences/nearestByWords.ts';

const text = 'talks on Monday after clashes near the pass';
const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, word });

describe('rankByWords', () => {
  test('orders items by the words between each and a span, nearest first', () => {
    expect(rankByWords(text, [at('pass'), at('clashes'), at('talks')], at('Monday')).map((i) => i.word)).toEqual(['talks', 'clashes', 'pass']);
  });

  test('keeps the earlier item first when two are as near', () => {
    const tied = 'talks and clashes';
    const word = (w: string) => ({ start: tied.indexOf(w), end: tied.indexOf(w) + w.length, word: w });
    expect(rankByWords(tied, [word('clashes'), word('talks')], word('and')).map((i) => i.word)).toEqual(['talks', 'clashes']);
  });

  test('orders by a cost of the distance when one is given', () => {
    const afterCosts = (i: { start: number }, words: number) => (i.start > text.indexOf('Monday') ? words * 10 : words);
    expect(rankByWords(text, [at('clashes'), at('talks')], at('Monday'), afterCosts).map((i) => i.word)).toEqual(['talks', 'clashes']);
  });
});

describe('nearestByWords', () => {
  test('gives the nearest item, or nothing among none', () => {
    expect(nearestByWords(text, [at('pass'), at('clashes')], at('near'))?.word).toBe('clashes');
    expect(nearestByWords(text, [], at('near'))).toBeUndefined();
  });
});
