import { describe, expect, test } from 'vitest';
import { lineColumn } from '../src/lib/lineColumn.ts';
import { lineLocator } from '../src/lib/lineLocator.ts';

describe('lineLocator', () => {
  const text = 'ab\ncd\n\nef';
  const locate = lineLocator(text);

  test.each([
    [0, 1, 1],
    [2, 1, 3],
    [3, 2, 1],
    [5, 2, 3],
    [6, 3, 1],
    [7, 4, 1],
    [9, 4, 3],
  ])('offset %i is line %i, column %i (a line feed belongs to the line it ends)', (offset, line, column) => {
    expect(locate(offset)).toEqual({ line, column });
  });

  test('agrees with lineColumn at every offset', () => {
    for (let offset = 0; offset <= text.length; offset++) expect(locate(offset)).toEqual(lineColumn(text, offset));
  });
});
