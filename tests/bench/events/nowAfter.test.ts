import { describe, expect, test } from 'vitest';
import { nowAfter } from '../../../scripts/lib/bench/events/nowAfter.ts';

describe('nowAfter', () => {
  test('counts from the latest report, whatever the order', () => {
    expect(nowAfter(['2019-06-14', '2019-07-02', '2019-06-20'], 90, 'UTC').toISODate()).toBe('2019-09-30');
  });

  test('counts in the conflict’s zone, across a year', () => {
    const now = nowAfter(['2010-12-20'], 30, 'Asia/Seoul');
    expect(now.toISODate()).toBe('2011-01-19');
    expect(now.zoneName).toBe('Asia/Seoul');
  });

  test('refuses a conflict with no report to count from', () => {
    expect(() => nowAfter([], 30, 'UTC')).toThrow(/at least one publication day/);
  });
});
