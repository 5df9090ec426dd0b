import { describe, expect, test } from 'vitest';
import { hoursAfter } from '../../../scripts/lib/extract/time/hoursAfter.ts';

const afterFriday = (text: string) => hoursAfter(text, text.indexOf('Friday') + 6);

describe('hoursAfter: where a sentence sets what it names next on the day a weekday before it dates', () => {
  test.each([
    'Kael Orvan spoke on Friday, hours after the depot burned.',
    'Kael Orvan spoke on Friday, only hours after the depot burned.',
    'Kael Orvan spoke on Friday, a few hours after the depot burned.',
  ])('reads %j', (text) => {
    expect(afterFriday(text)).toBe(text.indexOf(' the depot'));
  });

  test.each([
    'Kael Orvan spoke on Friday, a day after the depot burned.',
    'Kael Orvan spoke on Friday, days after the depot burned.',
    'Kael Orvan spoke on Friday after the depot burned.',
    'Hours after the depot burned, Kael Orvan spoke on Friday.',
  ])('reads nothing in a count of days, no count, or a count before the weekday: %j', (text) => {
    expect(afterFriday(text)).toBeUndefined();
  });
});
