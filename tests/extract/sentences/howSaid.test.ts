import { expect, test } from 'vitest';
import { HOW_SAID } from '../../../scripts/lib/extract/sentences/howSaid.ts';

const whole = new RegExp(`^(?:${HOW_SAID})$`, 'i');

test.each([
  ['in response', true],
  ['in a statement', true],
  ['in their briefing', true],
  ['In an interview', true],
  ['at a news conference', true],
  ['at a press briefing', true],
  ['in the capital', false],
  ['at a rally', false],
  ['in a statement on Monday', false],
])('HOW_SAID reads %j as how a saying was made: %s', (words, expected) => {
  expect(whole.test(words)).toBe(expected);
});
