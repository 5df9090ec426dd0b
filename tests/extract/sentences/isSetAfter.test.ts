import { describe, expect, test } from 'vitest';
import { isSetAfter } from '../../../scripts/lib/extract/sentences/isSetAfter.ts';

/** Whether the date `date` of `text` lies in a clause of time set after the clause that ends with `clause`. */
const setAfter = (text: string, clause: string, date: string) => isSetAfter(text, text.indexOf(clause) + clause.length, text.indexOf(date));

describe('isSetAfter: a date in a clause of time set after a happening\'s own clause', () => {
  test.each([
    ['The army sent troops in after war broke out in the north in May.', 'sent troops in', 'May', true],
    ['The army sent troops in, long after the border closed in 2019.', 'sent troops in', '2019', true],
    ['The army has held the ridge ever since rebels left it in June.', 'held the ridge', 'June', true],
    ['The army sent troops in following a raid in May.', 'sent troops in', 'May', true],
    // A date of the happening's own clause, or of a clause of another kind, is no setting's.
    ['The army sent troops in in May after war broke out.', 'sent troops in', 'May', false],
    ['The army sent troops in, and rebels left the ridge in June.', 'sent troops in', 'June', false],
    ['The army sent troops in when war broke out in May.', 'sent troops in', 'May', false],
  ])('%s → %s', (text, clause, date, expected) => {
    expect(setAfter(text, clause, date)).toBe(expected);
  });
});
