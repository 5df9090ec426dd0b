import { describe, expect, test } from 'vitest';
import { isParticipleOf } from '../../../scripts/lib/extract/mentions/isParticipleOf.ts';

/** Whether `figure` (its first occurrence) lies in a participle on the clause that ends where `clauseEnd` first occurs. */
const on = (text: string, clauseEnd: string, figure: string) => {
  const end = text.indexOf(clauseEnd) + clauseEnd.length;
  return isParticipleOf(text, { start: text.indexOf(figure), end: text.indexOf(figure) + figure.length }, { start: 0, end });
};

describe('isParticipleOf', () => {
  test.each([
    ['Borea shelled Velmora a week after gunmen raided a depot in Ondria, killing nine guards.', 'in Ondria', 'nine', true],
    ['Borean shells hit Velmora, wounding at least five farmers.', 'Velmora', 'five', true],
    ['Borean shells hit Velmora, leaving 12 dead.', 'Velmora', '12', true],
  ])('%j: the figure is the clause\'s', (text, clauseEnd, figure, expected) => {
    expect(on(text, clauseEnd, figure)).toBe(expected);
  });

  test.each([
    ['Borean shells hit Velmora, and 12 people were killed.', 'Velmora', '12'],
    ['Borean shells hit Velmora, the mayor said, killing 12.', 'Velmora', '12'],
    ['Borean shells hit Velmora; killing 12 was no aim.', 'Velmora', '12'],
  ])('%j: the figure is not told by the clause before it', (text, clauseEnd, figure) => {
    expect(on(text, clauseEnd, figure)).toBe(false);
  });
});
