import { describe, expect, test } from 'vitest';
import { isAnniversaryDate } from '../../../scripts/lib/extract/time/isAnniversaryDate.ts';

/** Whether the date `date` of `text` is only the day the age of the happening `happening` is told on. */
const ofAge = (text: string, happening: string, date: string) => isAnniversaryDate(text, { start: text.indexOf(happening) }, { start: text.lastIndexOf(date) });

describe('isAnniversaryDate: a day an earlier happening\'s age is told on, not its own', () => {
  test.each([
    ['The Arlandese raid on Sevrin is two years old today.', 'raid', 'today', true],
    ['The clashes at the Halvane crossing broke out a year ago today.', 'clashes', 'today', true],
    ['Arland marked the anniversary of the Sevrin raid on Tuesday.', 'raid', 'Tuesday', true],
    ['Arland marked the second anniversary of the clashes on Tuesday.', 'clashes', 'Tuesday', true],
    // The marking itself is that day's, and so is an act that names no age.
    ['Marking the anniversary on Tuesday, the Borean minister laid a wreath.', 'laid a wreath', 'Tuesday', false],
    ['Arlandese jets raided Sevrin today.', 'raided', 'today', false],
    ['The ten-year-old boy was shot on Tuesday.', 'shot', 'Tuesday', false],
  ])('%s (%s, %s) → %s', (text, happening, date, expected) => {
    expect(ofAge(text, happening, date)).toBe(expected);
  });
});
