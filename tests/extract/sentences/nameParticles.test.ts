import { expect, test } from 'vitest';
import { NAME_PARTICLES, NAME_PREFIX } from '../../../scripts/lib/extract/sentences/nameParticles.ts';

// A two-word name whose words the particles and the prefix may join.
const NAME = new RegExp(String.raw`^\p{Lu}\p{L}*\s+${NAME_PARTICLES}${NAME_PREFIX}\p{Lu}\p{L}*$`, 'u');

test.each([
  ['Ana de la Cruz', true],
  ['Ruud van Dam', true],
  ['Karim al-Velmani', true],
  ['Lena Ferrin', true],
  // The particles every reader of names shares, those the role reader knew among them.
  ['Marco di Velmora', true],
  ['Ahmed ben Salah', true],
  ['Omar abu Hassan', true],
  // A lower-case word that is no particle, or a particle with nothing capitalised after it, ends the name.
  ['Lena and Ferrin', false],
  ['Lena de la', false],
  ['Lena xy-Ferrin', false],
])('a name whose particles run it on: %j → %s', (words, expected) => {
  expect(NAME.test(words)).toBe(expected);
});
