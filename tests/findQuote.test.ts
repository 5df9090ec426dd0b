import { randomLcg } from 'd3';
import { describe, expect, test } from 'vitest';
import { quoteFinder } from '../src/lib/findQuote.ts';

describe('quoteFinder', () => {
  const body = 'Talks began.\nThe two  sides met at\nthe crossing on Monday.';
  const find = quoteFinder(body);

  test('finds a quote across a line break and repeated spaces, returning offsets in the original text', () => {
    const passage = find('two sides met at the crossing');
    expect(passage).toEqual({ start: 17, end: 47 });
    expect(body.slice(passage!.start, passage!.end)).toBe('two  sides met at\nthe crossing');
  });

  test('ignores whitespace around the quote', () => {
    expect(find('  Talks began. ')).toEqual({ start: 0, end: 12 });
  });

  test('is exact about everything but whitespace', () => {
    expect(find('talks began')).toBeUndefined();
    expect(find('on Tuesday')).toBeUndefined();
  });

  test('finds nothing for an empty quote', () => {
    expect(find('   ')).toBeUndefined();
  });
});

describe('quoteFinder on random text', () => {
  test('finds every passage however its whitespace is written, at its first occurrence, in original offsets', async () => {
    const random = randomLcg(23);
    const pieces = ['a', 'b', 'ab', ' ', '  ', '\n', '\t', '\u00a0', 'ข'];
    const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
    for (let t = 0; t < 300; t++) {
      const body = Array.from({ length: 40 }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const find = quoteFinder(body);
      const start = Math.floor(random() * body.length);
      const quote = body.slice(start, start + 1 + Math.floor(random() * 10));
      if (!fold(quote)) continue;
      const passage = find(quote.replace(/\s+/g, () => (random() < 0.5 ? ' ' : '\n  ')))!;
      expect(fold(body.slice(passage.start, passage.end))).toBe(fold(quote));
      expect(body.slice(passage.start, passage.end)).toBe(body.slice(passage.start, passage.end).trim());
      // No earlier stretch of the body folds to the quote.
      const folded = fold(quote);
      for (let s = 0; s < passage.start; s++) {
        if (/\s/.test(body[s]!)) continue;
        for (let e = s + 1; e <= body.length; e++) expect(fold(body.slice(s, e)) === folded && !/\s/.test(body[e - 1]!)).toBe(false);
      }
    }
  });
});
