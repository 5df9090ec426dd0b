import { describe, expect, test } from 'vitest';
import { randomLcg } from 'd3';
import { textIndex } from '../src/lib/textIndex.ts';

/** The answers textIndex must give, the slow way. */
const slowLongestPrefix = (text: string, pattern: string) => {
  let n = 0;
  while (n < pattern.length && text.includes(pattern.slice(0, n + 1))) n++;
  return n;
};

describe('textIndex', () => {
  test.each([
    ['the border talks', 'border', 4, 6],
    ['the border talks', 'borders', -1, 6],
    ['the border talks', 'x', -1, 0],
    ['the border talks', '', 0, 0],
    ['', 'a', -1, 0],
    ['abab', 'ab', 0, 2],
    ['baab', 'ab', 2, 2],
    ['aaaa', 'aaaaa', -1, 4],
    ['ข่าว ชายแดน', 'ชายแดน', 5, 6],
    ['emoji 😀 here', '😀 h', 6, 4],
  ])('in %j, finds %j at %i and its longest present prefix of %i', (text, pattern, at, prefix) => {
    for (const scansBeforeIndexing of [0, 32]) {
      const index = textIndex(text, { scansBeforeIndexing });
      expect(index.indexOf(pattern)).toBe(at);
      expect(index.longestPrefix(pattern)).toBe(prefix);
    }
  });

  test('agrees with indexOf and with a prefix search on thousands of random texts and patterns, first occurrence included', () => {
    const random = randomLcg(11);
    const draw = (alphabet: string, length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const disagreements: string[] = [];
    for (let t = 0; t < 2000; t++) {
      const alphabet = 'ab c'.slice(0, 1 + Math.floor(random() * 4));
      const text = draw(alphabet, Math.floor(random() * 40));
      // Indexed from the first query, then after two plain searches, so both ways are checked.
      const index = textIndex(text, { scansBeforeIndexing: t % 2 === 0 ? 0 : 2 });
      for (let q = 0; q < 8; q++) {
        const pattern = draw(alphabet, Math.floor(random() * 8));
        const got = [index.indexOf(pattern), index.longestPrefix(pattern)];
        const want = [text.indexOf(pattern), slowLongestPrefix(text, pattern)];
        if (got.join() !== want.join()) disagreements.push(`${JSON.stringify(text)} ${JSON.stringify(pattern)}: ${got} instead of ${want}`);
      }
    }
    expect(disagreements).toEqual([]);
  }, 30_000); // 16,000 queries take seconds on a shared machine; the limit only guards against a hang.

  test('answers on a text of one repeated letter, the worst case for building it', () => {
    const index = textIndex('a'.repeat(100_000), { scansBeforeIndexing: 0 });
    expect(index.indexOf('a'.repeat(50_000))).toBe(0);
    expect(index.longestPrefix(`${'a'.repeat(70_000)}b`)).toBe(70_000);
    expect(index.indexOf('b')).toBe(-1);
  }, 30_000);
});
