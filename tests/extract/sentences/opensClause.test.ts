import { describe, expect, test } from 'vitest';
import { opensClause } from '../../../scripts/lib/extract/sentences/opensClause.ts';

describe('opensClause: whether a date opens its clause', () => {
  test.each([
    ['Troops left the border, and on Tuesday talks began.', 'and on Tuesday', true],
    ['Troops left the border, but late on Monday talks began.', 'but late on Monday', true],
    ['Troops left the border, and talks began on Tuesday.', 'and talks began on Tuesday', false],
    ['Troops left the border, and then in March talks began.', 'and then in March', true],
    ['Troops left the border, and Borea on Tuesday recalled its envoy.', 'and Borea on Tuesday', false],
  ])('%j: %j', (text, clause, expected) => {
    const start = text.indexOf(clause);
    const time = text.search(/Tuesday|Monday|March/);
    expect(opensClause(text, start, time)).toBe(expected);
  });
});
