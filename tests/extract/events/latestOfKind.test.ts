import { describe, expect, test } from 'vitest';
import { latestOfKind } from '../../../scripts/lib/extract/events/latestOfKind.ts';

const item = (id: string, kind: string, date: string, status = 'occurred') => ({ id, kind, date, status });
const day = (i: { date: string }) => i.date;
const items = [
  item('a', 'fighting', '2024-03-21'),
  item('b', 'fighting', '2024-03-25'),
  item('c', 'talks', '2024-03-27'),
  item('d', 'fighting', '2024-03-30', 'scheduled'),
  item('e', 'fighting', '2024-03-25'),
];

describe('latestOfKind', () => {
  test('gives the most recent happening of the kinds asked that occurred, the later listed on a tie', () => {
    expect(latestOfKind(items, ['fighting'], day)?.id).toBe('e');
  });

  test('leaves out what is only scheduled or claimed', () => {
    expect(latestOfKind([item('x', 'talks', '2024-03-29', 'claimed')], ['talks'], day)).toBeUndefined();
  });

  test('looks no later than the day given', () => {
    expect(latestOfKind(items, ['fighting'], day, { by: '2024-03-24' })?.id).toBe('a');
  });

  test('keeps only what a test accepts, and takes several kinds alike', () => {
    expect(latestOfKind(items, ['fighting', 'talks'], day)?.id).toBe('c');
    expect(latestOfKind(items, ['fighting', 'talks'], day, { where: (i) => i.kind !== 'talks' })?.id).toBe('e');
  });
});
