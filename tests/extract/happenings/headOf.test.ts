import { describe, expect, test } from 'vitest';
import { headOf } from '../../../scripts/lib/extract/happenings/rolesOf.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const head = (text: string) => {
  const tokens = tagText(text);
  const c = headOf(tokens, { start: 0, end: tokens.length });
  return c ? tokens.slice(c.start, c.end).map((t) => t.text).join(' ') : undefined;
};

describe('headOf finds the word that heads a noun phrase', () => {
  test.each([
    ['some 330 balloons', 'balloons'],
    ['two Borean soldiers', 'soldiers'],
    ['a cache of rifles', 'cache'],
    ['dozens of militants', 'militants'],
    ['two of the fishermen', 'fishermen'],
    ['12', '12'],
    ['them', 'them'],
  ])('%s → %s', (text, expected) => {
    expect(head(text)).toBe(expected);
  });
});
