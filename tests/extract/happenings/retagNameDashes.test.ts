import { describe, expect, test } from 'vitest';
import { retagNameDashes } from '../../../scripts/lib/extract/happenings/retagNameDashes.ts';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';

const dashOf = (tokens: ReturnType<typeof tagText>) => tokens.find((t) => t.text === '–' || t.text === '-')!;

describe('retagNameDashes', () => {
  test.each([
    ['The authorities shut the Halvane–Velmora crossing.'],
    ['The authorities shut the Halvane-Velmora crossing.'],
  ])('joins two names a dash binds with no space: %s', (text) => {
    expect(dashOf(tagText(text)).pos).toBe('PUNCT');
    expect(dashOf(retagNameDashes(tagText(text))).pos).toBe('PROPN');
  });

  test.each([
    ['Arland – the larger of the two – shut the crossing.'],
    ['The crossing – Halvane – was shut.'],
    ['The well-armed troops shut the crossing.'],
  ])('leaves a dash that stands apart, or joins no two names: %s', (text) => {
    const tokens = tagText(text);
    expect(retagNameDashes(tokens).map((t) => t.pos)).toEqual(tokens.map((t) => t.pos));
  });
});
