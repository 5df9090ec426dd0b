import { describe, expect, test } from 'vitest';
import { wordsStandingAlone } from '../../../scripts/lib/extract/sentences/wordsStandingAlone.ts';

describe('wordsStandingAlone', () => {
  test('finds a surname the text goes on to use by itself, at a sentence start or after a lower-case word', () => {
    const alone = wordsStandingAlone('Kael Orvan flew to Velmora on Monday. Orvan urged calm, and later thanked Ana Ruiz.');
    expect(alone.has('Orvan')).toBe(true);
    expect(alone.has('Ruiz')).toBe(false);
    expect(alone.has('Kael')).toBe(true);
  });

  test('reads through quotes, possessives and a short title, but not through a longer run of names', () => {
    const alone = wordsStandingAlone('Tan Weiro spoke first. “Weiro’s men held the pass,” said Mr Ferrin, who met Lena Ferrin Halvik.');
    expect(alone.has('Weiro')).toBe(true);
    expect(alone.has('Ferrin')).toBe(true);
    expect(alone.has('Halvik')).toBe(false);
  });

  test('takes a word after a comma or a full stop as opening its own run', () => {
    const alone = wordsStandingAlone('Talks began in Velmora, Orvan said.');
    expect(alone.has('Orvan')).toBe(true);
    expect(alone.has('Velmora')).toBe(true);
  });
});
