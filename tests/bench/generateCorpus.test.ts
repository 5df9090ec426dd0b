import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLexicon } from '../../scripts/io/readLexicon.ts';
import { generateCorpus } from '../../scripts/lib/bench/generateCorpus.ts';

const { lexicon } = await readLexicon(join(import.meta.dirname, '../../scripts/lexicon'));

describe('generateCorpus', () => {
  test('is the same for the same seed and differs for another', () => {
    const a = generateCorpus(30, lexicon!);
    expect(generateCorpus(30, lexicon!)).toEqual(a);
    expect(generateCorpus(30, lexicon!, 2)).not.toEqual(a);
  });

  test('names the articles in order and dates each within the two years it spans', () => {
    const corpus = generateCorpus(50, lexicon!);
    expect(corpus.map((a) => a.name).slice(0, 2)).toEqual(['generated-00000.txt', 'generated-00001.txt']);
    for (const article of corpus) {
      expect(article.meta.published! >= '2024-01-01' && article.meta.published! < '2025-12-01', article.meta.published).toBe(true);
    }
    // Not every article on one day: the generator draws them apart.
    expect(new Set(corpus.map((a) => a.meta.published)).size).toBeGreaterThan(25);
  });
});
