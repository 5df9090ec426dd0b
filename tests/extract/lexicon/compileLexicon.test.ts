import { describe, expect, test } from 'vitest';
import { invented } from '../../helpers/lexicon.ts';

describe('compileLexicon: actors', () => {
  test('an acronym alias of four letters or more is also read in the title case some house styles print it in', () => {
    const names = (text: string) => invented.actors(text).map((m) => m.value.name);
    const asean = names('ASEAN urged Arland and Borea to talk.');
    expect(asean).toEqual(['ASEAN', 'Arland', 'Borea']);
    expect(names('Asean urged Arland and Borea to talk.')).toEqual(asean);
  });

  test('a shorter acronym is not: "Us" and "Un" are words', () => {
    expect(invented.actors('Let us talk, said Arland.').map((m) => m.value.name)).toEqual(['Arland']);
  });
});
