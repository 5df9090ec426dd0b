import { describe, expect, test } from 'vitest';
import { englishMonths, FOREIGN_MONTHS } from '../../../scripts/lib/extract/time/foreignMonths.ts';

describe('englishMonths writes a stamp line\'s foreign month names as English ones, offsets kept', () => {
  test.each([
    ['Ocak 23, 2024', 'Jan  23, 2024'],
    ['23 de enero de 2024', '23    Jan      2024'],
    ['12 février 2024', '12 Feb     2024'],
    ['4. März 2024', '4. Mar  2024'],
    ['5 KASIM 2023', '5 Nov   2023'],
    ['March 14, 2024', 'March 14, 2024'],
    // Beside no day or year, a name is a person's.
    ['By Mai Nguyen | March 3, 2024', 'By Mai Nguyen | March 3, 2024'],
  ])('%j → %j', (line, expected) => {
    expect(englishMonths(line)).toBe(expected);
    expect(englishMonths(line)).toHaveLength(line.length);
  });

  test('knows a name for each of the twelve months', () => {
    expect(new Set(Object.values(FOREIGN_MONTHS))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]));
  });
});
