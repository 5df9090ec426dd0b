import { describe, expect, test } from 'vitest';
import { ledeDaysAfter } from '../../../scripts/lib/extract/time/ledeDaysAfter.ts';

describe('ledeDaysAfter', () => {
  test.each([
    ['VELMORA - Borean fighters struck Arlandese posts along the wall, a day after Arland moved troops into the Kelvask Pass.', 1],
    ['Arland recalled its envoy from Ondria two days after the talks in Velmora broke up.', 2],
    ['Arland recalled its envoy the day after the talks broke up.', 1],
  ])('reads how many days after older news the lede %j sets its own', (lede, days) => {
    expect(ledeDaysAfter(lede)).toBe(days);
  });

  test.each([
    // Hours keep to the older day; weeks lie beyond the report's week; a vague count names no day.
    'Arland recalled its envoy hours after the talks broke up.',
    'Arland recalled its envoy two weeks after the talks broke up.',
    'Arland recalled its envoy days after the talks broke up.',
    'Arland recalled its envoy on Monday.',
  ])('reads no count of days in %j', (lede) => {
    expect(ledeDaysAfter(lede)).toBeUndefined();
  });
});
