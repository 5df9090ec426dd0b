import { describe, expect, test } from 'vitest';
import { clauseAt } from '../../../scripts/lib/extract/sentences/clauseAt.ts';

describe('clauseAt', () => {
  const clauses = [
    { start: 0, end: 10 },
    { start: 10, end: 30 },
  ];
  test.each([
    [0, 0],
    [9, 0],
    [10, 1],
    [29, 1],
    [30, -1],
  ])('finds the clause of character %i: %i', (at, expected) => {
    expect(clauseAt(clauses, at)).toBe(expected);
  });
});
