import { expect, test } from 'vitest';
import { bareWeekday } from '../../../scripts/lib/extract/time/bareWeekday.ts';
import { findTimeExpressions } from '../../../scripts/lib/extract/time/findTimeExpressions.ts';

// The spec the time grammar reads from each phrase.
const specOf = (phrase: string) => findTimeExpressions(phrase).all[0]!.spec;

test.each([
  ['on Tuesday', 2],
  ['Sunday evening', 7],
  ['last Tuesday', undefined],
  ['next Friday', undefined],
  ['Friday last week', undefined],
  ['the previous Friday', undefined],
  ['on March 5', undefined],
  ['yesterday', undefined],
])('bareWeekday reads %j as %s', (phrase, expected) => {
  expect(bareWeekday(specOf(phrase))).toBe(expected);
});
