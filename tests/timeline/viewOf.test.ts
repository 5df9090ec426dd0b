import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import { viewOf } from '../../src/client/timeline/viewOf.ts';

describe('viewOf', () => {
  test('writes a zoomed range as the days it covers, the day its end falls on left out', () => {
    expect(viewOf(NO_FILTERS, undefined, [Date.UTC(2025, 6, 1), Date.UTC(2025, 7, 1)])).toEqual({ filters: NO_FILTERS, from: '2025-07-01', to: '2025-07-31' });
  });

  test('keeps a range ending within a day on that day', () => {
    expect(viewOf(NO_FILTERS, undefined, [Date.UTC(2025, 6, 1, 6), Date.UTC(2025, 6, 3, 18)])).toMatchObject({ from: '2025-07-01', to: '2025-07-03' });
  });

  test('names the selected event, and leaves out what is not set', () => {
    expect(viewOf(NO_FILTERS, 'ceasefire', undefined)).toEqual({ filters: NO_FILTERS, event: 'ceasefire' });
    expect(viewOf(NO_FILTERS, undefined, undefined)).toEqual({ filters: NO_FILTERS });
  });
});
