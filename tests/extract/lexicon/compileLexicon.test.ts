import { describe, expect, test } from 'vitest';
import { invented, inventedRead } from '../../helpers/lexicon.ts';
import { compileLexicon } from '../../../scripts/lib/extract/lexicon/compileLexicon.ts';

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

  test('a common noun one party is called by, that another party\'s name ends on, names neither', () => {
    const front = { name: 'Kelvask Front', type: 'organisation' as const, aliases: ['Kelvask Front', 'Kelvask rebels'], metonyms: [] as string[] };
    const ondrian = { name: 'Ondrian rebels', type: 'organisation' as const, aliases: ['Ondrian rebels', 'rebels'], metonyms: [] as string[] };
    const names = (text: string, actors: (typeof front)[]) => compileLexicon({ ...inventedRead, actors: [...inventedRead.actors, ...actors] }).actors(text).map((m) => m.value.name);
    expect(names('The rebels said they would leave Borea.', [ondrian, front])).toEqual(['Borea']);
    expect(names('The Kelvask rebels said they would leave Borea.', [ondrian, front])).toEqual(['Kelvask Front', 'Borea']);
    // With no other party ending on it, the common noun still names its own.
    expect(names('The rebels said they would leave Borea.', [ondrian])).toEqual(['Ondrian rebels', 'Borea']);
  });

  test('a body\'s alias that is only the tail of another body\'s longer name names no one', () => {
    const names = (text: string) => invented.actors(text).map((m) => m.value.name);
    expect(names('Borean ministers met in a late session of the national security council.')).toEqual(['Borea']);
    expect(names('Arland took the quarrel to its Supreme Security Council.')).toEqual(['Arland']);
    expect(names('The Borean Security Council met at dawn.')).toEqual(['Borea']);
    // Unmodified, or with a plain adjective before it, it is still the UN's.
    expect(names('Borea asked the Security Council to meet on Arland.')).toEqual(['Borea', 'UN Security Council', 'Arland']);
    expect(names('The powerful security council heard Arland.')).toEqual(['UN Security Council', 'Arland']);
  });
});
