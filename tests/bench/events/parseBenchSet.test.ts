import { describe, expect, test } from 'vitest';
import { BENCH_SETS, parseBenchSet } from '../../../scripts/lib/bench/events/parseBenchSet.ts';

describe('parseBenchSet', () => {
  test.each([
    ['devset', { set: 'devset', label: 'development set' }],
    ['holdout', { set: 'holdout', label: 'held-out set' }],
    ['fresh', { set: 'fresh', label: 'fresh set' }],
    ['reserve', { set: 'reserve', label: 'reserve set' }],
  ])('reads %j as a set of tests/', (value, expected) => {
    expect(parseBenchSet(value)).toEqual(expected);
  });

  test.each(['Holdout', 'held-out', 'tests/holdout', '', 'toString', '__proto__'])('refuses %j, naming the sets it expected', (value) => {
    expect(parseBenchSet(value)).toEqual({ error: `invalid --set: ${value} (expected devset or holdout or fresh or reserve)` });
  });

  test('names only sets that are folders of tests/ in the development set layout', async () => {
    const { access } = await import('node:fs/promises');
    const { join } = await import('node:path');
    for (const set of Object.keys(BENCH_SETS)) {
      await expect(access(join(import.meta.dirname, '../..', set, 'keys'))).resolves.toBeUndefined();
    }
  });
});
