import { describe, expect, test } from 'vitest';
import { dataUpdated } from '../../src/lib/exports/dataUpdated.ts';
import { input, monthEvent, nastyEvent } from '../helpers/exportInput.ts';

describe('dataUpdated', () => {
  test('is the latest publication day of the articles the events cite', () => {
    expect(dataUpdated([monthEvent, nastyEvent], input().sources)).toBe('2025-12-25');
    expect(dataUpdated([monthEvent], input().sources)).toBe('2025-12-24');
  });

  test('falls back to the latest start of an event when no cited article has a date', () => {
    expect(dataUpdated([monthEvent, nastyEvent], new Map())).toBe('2025-12-24');
  });

  test('throws when given no events, a programmer error', () => {
    expect(() => dataUpdated([], new Map())).toThrowErrorMatchingInlineSnapshot(`[TypeError: dataUpdated needs at least one event]`);
  });
});
