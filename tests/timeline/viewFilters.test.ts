import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import { viewFilters } from '../../src/client/timeline/viewFilters.ts';

const DAY = 86_400_000;

describe('viewFilters', () => {
  test('turns a range into the days it covers, its last day included', () => {
    expect(viewFilters({ filters: NO_FILTERS, from: '2025-07-24', to: '2025-07-28' }, false).range).toEqual([Date.UTC(2025, 6, 24), Date.UTC(2025, 6, 28) + DAY]);
  });

  test('leaves the reader page its filters: a range only moves its view', () => {
    expect(viewFilters({ filters: NO_FILTERS, from: '2025-07-24' }, false).filters.within).toBeUndefined();
  });

  test('makes the range a filter in an embed, open at the end not given', () => {
    expect(viewFilters({ filters: NO_FILTERS, from: '2025-07-24' }, true).filters.within).toEqual([Date.UTC(2025, 6, 24), Infinity]);
    expect(viewFilters({ filters: NO_FILTERS }, true).filters.within).toBeUndefined();
  });

  test.each([
    ['no filter', NO_FILTERS, false],
    ['a kind', { ...NO_FILTERS, kinds: new Set(['talks'] as const) }, true],
    ['a place', { ...NO_FILTERS, places: new Set(['Surin']) }, true],
    ['a search', { ...NO_FILTERS, q: ' truce ' }, true],
    ['a blank search', { ...NO_FILTERS, q: '   ' }, false],
  ])('asks for every event of a large archive with %s: %s', (_, filters, everything) => {
    expect(viewFilters({ filters }, false).everything).toBe(everything);
  });
});
