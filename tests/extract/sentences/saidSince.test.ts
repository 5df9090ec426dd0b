import { describe, expect, test } from 'vitest';
import { saidSince } from '../../../scripts/lib/extract/sentences/saidSince.ts';

describe('saidSince: words before a saying that open a clause setting the time of the news', () => {
  test.each([
    ['It was the first such boarding since Borea ', true],
    ['Relations have soured since the Borean ministry ', true],
    ['Patrols will stay until its foreign minister ', true],
    // A saying of its own, with no such clause before its subject.
    ['On Monday Borea ', false],
    ['Since Monday, the Borean ministry has ', false],
  ])('%s', (before, expected) => {
    expect(saidSince(before)).toBe(expected);
  });
});
