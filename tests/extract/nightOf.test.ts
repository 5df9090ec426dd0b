import { describe, expect, test } from 'vitest';
import { nightOf, tellsOfNight } from '../../scripts/lib/extract/time/nightOf.ts';

describe('nightOf', () => {
  test.each([
    // A night told of on a day is that day: the hours after midnight are the day it runs into.
    ['2024-04-03', 'telling', '2024-04-03'],
    // A night after the day the story reached runs into the next day, across a month's end too.
    ['2024-04-01', 'story', '2024-04-02'],
    ['2024-03-31', 'story', '2024-04-01'],
    ['2023-12-31', 'story', '2024-01-01'],
  ] as const)('a night from %s as the day of its %s is dated %s', (day, from, expected) => {
    expect(nightOf(day, from)).toBe(expected);
  });

  test('refuses anything but an ISO day, a programmer error', () => {
    expect(() => nightOf('2024-04', 'story')).toThrow(/expected an ISO day/);
  });
});

describe('tellsOfNight', () => {
  test.each([
    ['artillery shelled the villages overnight', true],
    ['Overnight, drones struck the depot', true],
    ['troops clashed on Tuesday night', false],
    ['the nightly curfew was lifted', false],
  ])('%j tells of a night without its day: %s', (clause, expected) => {
    expect(tellsOfNight(clause)).toBe(expected);
  });
});
