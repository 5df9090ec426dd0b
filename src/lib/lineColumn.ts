import { lineLocator } from './lineLocator.ts';

/**
 * 1-based line and column of a character offset; for many offsets in one text, use lineLocator.
 * @example lineColumn('a\nbc', 3) // { line: 2, column: 2 }
 */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  return lineLocator(text)(offset);
}
