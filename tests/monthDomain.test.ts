import { describe, expect, test } from 'vitest';
import { monthDomain } from '../src/lib/charts/monthDomain.ts';

describe('monthDomain', () => {
  test.each([
    { name: 'a month date covers its month', dates: [{ date: '2025-07' }], domain: [Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1)] },
    { name: 'days widen to their whole months', dates: [{ date: '2025-07-24' }, { date: '2025-12-24' }], domain: [Date.UTC(2025, 6, 1), Date.UTC(2026, 0, 1)] },
    { name: 'a span ending on the last day of a month stops at that month', dates: [{ date: '2025-12-24', endDate: '2025-12-31' }], domain: [Date.UTC(2025, 11, 1), Date.UTC(2026, 0, 1)] },
    { name: 'an end date reaching into the next month includes it', dates: [{ date: '2025-12-30', endDate: '2026-01-02' }], domain: [Date.UTC(2025, 11, 1), Date.UTC(2026, 1, 1)] },
  ])('$name', ({ dates, domain }) => {
    expect(monthDomain(dates)).toEqual(domain);
  });

  test('refuses no dates', () => {
    expect(() => monthDomain([])).toThrow('expected at least one date');
  });
});
