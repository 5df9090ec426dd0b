import { describe, expect, test } from 'vitest';
import { baseForms } from '../../../scripts/lib/extract/happenings/baseForms.ts';

describe('baseForms', () => {
  test.each([
    ['shelled', 'shell'],
    ['abducting', 'abduct'],
    ['militias', 'militia'],
    ['bombings', 'bomb'],
    ['casualties', 'casualty'],
    ['gunmen', 'gunman'],
    ['shipped', 'ship'],
    ['seized', 'seize'],
  ])('offers "%s" as an inflection of "%s"', (word, base) => {
    expect(baseForms(word)).toContain(base);
  });

  test('puts the word itself first and offers nothing for a short word', () => {
    expect(baseForms('attack')[0]).toBe('attack');
    expect(baseForms('is')).toEqual(['is']);
  });
});
