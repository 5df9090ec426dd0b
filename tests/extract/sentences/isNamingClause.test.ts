import { describe, expect, test } from 'vitest';
import { isNamingClause } from '../../../scripts/lib/extract/sentences/isNamingClause.ts';

describe('isNamingClause: a relative clause that names someone by what they did', () => {
  test.each([
    ['The rebels who ', true],
    ['The gunmen, who reportedly ', true],
    ['the post, which ', true],
    // "that" is as often a determiner, and a past perfect sets a scene of the story.
    ['To hold that ', false],
    ['Villagers who had ', false],
    ['The rebels ', false],
  ])('%j before a verb: %s', (before, expected) => {
    expect(isNamingClause(before)).toBe(expected);
  });
});
