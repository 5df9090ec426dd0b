import { describe, expect, test } from 'vitest';
import { gerundOf } from '../../../scripts/lib/extract/happenings/gerundOf.ts';

describe('gerundOf words what someone is accused of doing', () => {
  test.each([
    ['fire on', 'firing on'],
    ['shell', 'shelling'],
    ['attack', 'attacking'],
    ['hit', 'hitting'],
    ['bomb', 'bombing'],
    ['shoot at', 'shooting at'],
    ['die', 'dying'],
    ['free', 'freeing'],
    ['ambush', 'ambushing'],
    ['open fire', 'opening fire'],
    ['raid', 'raiding'],
  ])('"%s" → "%s"', (verb, form) => {
    expect(gerundOf(verb)).toBe(form);
  });
});
