import { describe, expect, test } from 'vitest';
import { batchId, eventPageBatches } from '../src/lib/eventPageBatches.ts';

describe('eventPageBatches', () => {
  test.each([
    { count: 0, size: 3, batches: [] },
    { count: 1, size: 3, batches: [[0, 0]] },
    { count: 3, size: 3, batches: [[0, 0, 1, 2]] },
    { count: 7, size: 3, batches: [[0, 0, 1, 2], [3, 4, 5], [6]] },
  ])('cuts $count events into batches of $size, the first event twice in the first batch', ({ count, size, batches }) => {
    expect(eventPageBatches(count, size)).toEqual(batches);
  });

  test('renders every event once, besides the first one\'s check copy', () => {
    const indices = eventPageBatches(25_000).flat();
    expect(indices.length).toBe(25_001);
    expect(new Set(indices).size).toBe(25_000);
  });

  test('refuses a batch size that is not a positive integer', () => {
    expect(() => eventPageBatches(10, 0)).toThrowErrorMatchingInlineSnapshot(`[Error: eventPageBatches: invalid size 0 (expected a positive integer)]`);
  });

  test('names batches with an underscore, which no event id (a slug) can hold', () => {
    expect(batchId(12)).toBe('_pages-12');
  });
});
