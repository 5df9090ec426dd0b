import { expect, test } from 'vitest';
import { formatRatio } from '../../scripts/lib/bench/formatRatio.ts';

test.each([
  [462, 200, '2.31×'],
  [10, 200, '0.05×'],
  [2_400, 200, '12.0×'],
  [8.8, 1_999, '0.004×'],
  [24_000, 20, '1200×'],
  [5, 0, '—'],
  [undefined, 3, '—'],
  [3, undefined, '—'],
])('formatRatio(%s, %s) is %s', (value, reference, expected) => {
  expect(formatRatio(value, reference)).toBe(expected);
});
