import { describe, expect, test } from 'vitest';
import { partiesOf } from '../../../scripts/lib/extract/sentences/partiesOf.ts';

describe('partiesOf: the parties a joined name gives', () => {
  test.each([
    ['Arland', ['Arland']],
    ['Arland and Borea', ['Arland', 'Borea']],
    ['Arland, Borea and Cordia', ['Arland', 'Borea', 'Cordia']],
  ])('%j', (names, parties) => {
    expect(partiesOf(names)).toEqual(parties);
  });
});
