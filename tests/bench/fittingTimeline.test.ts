import { expect, test } from 'vitest';
import { fittingTimeline } from '../../scripts/lib/bench/fittingTimeline.ts';
import { eventsFileText } from '../../scripts/lib/bench/eventsFileText.ts';
import { SIZE_LIMITS } from '../../src/lib/sizeLimits.ts';

test('fittingTimeline keeps the full events while their file fits the size limit', () => {
  const small = fittingTimeline(200);
  expect(small.lean).toBe(false);
  expect(small.file.events.some((e) => (e.citations?.length ?? 0) > 1 || (e.figures?.length ?? 0) > 0)).toBe(true);
});

test('fittingTimeline falls back to lean events when the full file would pass the limit, and the lean one fits', () => {
  const large = fittingTimeline(25_000);
  expect(large.lean).toBe(true);
  expect(large.file.events).toHaveLength(25_000);
  expect(eventsFileText(large.file).length).toBeLessThanOrEqual(SIZE_LIMITS.events);
});
