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
