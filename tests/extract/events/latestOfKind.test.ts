import { describe, expect, test } from 'vitest';
import { latestOfKind } from '../../../scripts/lib/extract/events/latestOfKind.ts';

const item = (id: string, kind: string, date: string, status = 'occurred') => ({ id, kind, date, status });
const day = (i: { date: string }) => i.date;
const items = [
  item('a', 'fighting', '2025-07-24'),
  item('b', 'fighting', '2025-07-28'),
  item('c', 'talks', '2025-07-30'),
  item('d', 'fighting', '2025-08-02', 'scheduled'),
  item('e', 'fighting', '2025-07-28'),
];

describe('latestOfKind', () => {
  test('gives the most recent happening of the kinds asked that occurred, the later listed on a tie', () => {
    expect(latestOfKind(items, ['fighting'], day)?.id).toBe('e');
  });

  test('leaves out what is only scheduled or claimed', () => {
    expect(latestOfKind([item('x', 'talks', '2025-08-01', 'claimed')], ['talks'], day)).toBeUndefined();
  });

  test('looks no later than the day given', () => {
    expect(latestOfKind(items, ['fighting'], day, { by: '2025-07-27' })?.id).toBe('a');
  });

  test('keeps only what a test accepts, and takes several kinds alike', () => {
    expect(latestOfKind(items, ['fighting', 'talks'], day)?.id).toBe('c');
    expect(latestOfKind(items, ['fighting', 'talks'], day, { where: (i) => i.kind !== 'talks' })?.id).toBe('e');
  });
});
