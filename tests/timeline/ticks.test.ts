import { describe, expect, test } from 'vitest';
import { DAY_MS } from '../../src/lib/dayMs.ts';
import { ticks } from '../../src/client/timeline/ticks.ts';

/** Ticks as `label@day`, a major tick starred. */
const read = (from: number, to: number, width: number) =>
  ticks(from, to, width).map((t) => `${t.major ? '*' : ''}${t.label}@${new Date(t.time).toISOString().slice(0, 10)}`);

describe('ticks', () => {
  test('marks a year at 800 px by month, the year named where it starts', () => {
    expect(read(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), 800)).toEqual([
      '*Jan 2025@2025-01-01', 'Feb@2025-02-01', 'Mar@2025-03-01', 'Apr@2025-04-01', 'May@2025-05-01', 'Jun@2025-06-01',
      'Jul@2025-07-01', 'Aug@2025-08-01', 'Sept@2025-09-01', 'Oct@2025-10-01', 'Nov@2025-11-01', 'Dec@2025-12-01', '*Jan 2026@2026-01-01',
    ]);
  });

  test('marks the same year at 300 px by quarter, where months would crowd', () => {
    expect(read(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), 300)).toEqual(['*Jan 2025@2025-01-01', 'Apr@2025-04-01', 'Jul@2025-07-01', 'Oct@2025-10-01', '*Jan 2026@2026-01-01']);
  });

  test('marks ten years at 200 px by year', () => {
    expect(read(Date.UTC(2016, 0, 1), Date.UTC(2026, 0, 1), 200)).toEqual(Array.from({ length: 11 }, (_, i) => `*${2016 + i}@${2016 + i}-01-01`));
  });

  test('marks three months by week, naming the year on the first tick and on the first week of January', () => {
    const weeks = read(Date.UTC(2024, 11, 1), Date.UTC(2025, 1, 15), 800);
    expect(weeks.slice(0, 3)).toEqual(['*1 Dec 2024@2024-12-01', '8 Dec@2024-12-08', '15 Dec@2024-12-15']);
    expect(weeks).toContain('*5 Jan 2025@2025-01-05');
    expect(weeks.filter((w) => w.startsWith('*'))).toHaveLength(2);
  });

  test('marks two weeks by day, naming the month where it starts', () => {
    expect(read(Date.UTC(2025, 6, 29), Date.UTC(2025, 7, 3), 800)).toEqual(['*29 Jul@2025-07-29', '30@2025-07-30', '31@2025-07-31', '*1 Aug@2025-08-01', '2@2025-08-02', '3@2025-08-03']);
  });

  test(`puts every tick on a UTC midnight, though the tests run in ${process.env.TZ}`, () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    for (const tick of ticks(Date.UTC(2025, 2, 1), Date.UTC(2025, 3, 15), 800)) expect(tick.time % DAY_MS).toBe(0);
  });
});
