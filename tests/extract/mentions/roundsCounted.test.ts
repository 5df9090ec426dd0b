import { describe, expect, test } from 'vitest';
import { roundsCounted } from '../../../scripts/lib/extract/mentions/roundsCounted.ts';

const of = (text: string, happening: string) => {
  const start = text.indexOf(happening);
  const count = roundsCounted(text, { start, end: start + happening.length });
  return count && [text.slice(count.start, count.end), count.distinct];
};

describe('roundsCounted: a number that counts rounds of a happening', () => {
  test.each([
    ['Two separate cross-border attacks killed five Arlandese guards.', 'cross-border attacks', ['Two', true]],
    ['Two earlier attacks across the border had left five dead.', 'attacks', ['Two', true]],
    ['Three air strikes hit Velmora on Monday, killing 12.', 'air strikes', ['Three', false]],
    ['There have been 14 clashes this year.', 'clashes', ['14', false]],
    // A number of people before a word of harm, or parted from a happening by a phrase, counts people.
    ['As many as 21 Borean soldiers killed in Ondria', 'killed', undefined],
    ['Four guards dead as gunmen ambush a patrol', 'dead', undefined],
    ['Three villagers died in shelling near Sevrin.', 'shelling', undefined],
    ['Officials said 12 people were killed in clashes.', 'clashes', undefined],
  ])('"%s" (%s) → %j', (text, happening, expected) => {
    expect(of(text, happening)).toEqual(expected);
  });
});
