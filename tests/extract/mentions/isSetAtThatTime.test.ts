import { describe, expect, test } from 'vitest';
import { isSetAtThatTime } from '../../../scripts/lib/extract/mentions/isSetAtThatTime.ts';

describe('isSetAtThatTime: a sentence set, by a word pointing back, at a time named before', () => {
  test.each([
    'That year, gunmen raided a bank in Velmora, and 11 people died.',
    'At the time, Borea closed its border for a week.',
    "Arland's foreign minister, Lena Ferrin, said then that the detention broke international law.",
  ])('is set at that time: %j', (text) => {
    expect(isSetAtThatTime(text)).toBe(true);
  });

  test.each([
    // "this year", a "that" clause and "then" as the next step are the news's own time.
    'This year, gunmen raided a bank in Velmora.',
    'Ana Ruiz said that the border would stay closed.',
    'Borean troops crossed the river and then shelled the village.',
  ])('is not: %j', (text) => {
    expect(isSetAtThatTime(text)).toBe(false);
  });
});
