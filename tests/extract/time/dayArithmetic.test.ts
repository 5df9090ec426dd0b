import { describe, expect, test } from 'vitest';
import { daysAfter, daysBetween } from '../../../scripts/lib/extract/time/dayArithmetic.ts';

describe('dayArithmetic', () => {
  test('steps calendar days across month and year ends, leap days included', () => {
    expect([daysAfter('2024-02-28', 1), daysAfter('2024-02-29', 1), daysAfter('2023-12-31', 1), daysAfter('2024-03-01', -1), daysAfter('2023-03-01', -1)]).toEqual(['2024-02-29', '2024-03-01', '2024-01-01', '2024-02-29', '2023-02-28']);
  });

  test('counts whole days between two days, negative when the second comes first', () => {
    expect([daysBetween('2024-02-28', '2024-03-01'), daysBetween('2024-03-01', '2024-02-28'), daysBetween('2023-12-31', '2024-01-07')]).toEqual([2, -2, 7]);
  });
});
