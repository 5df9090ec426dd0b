import { describe, expect, test } from 'vitest';
import { findUnknownPlaces } from '../../../scripts/lib/extract/sentences/findUnknownPlaces.ts';
import { invented } from '../../helpers/lexicon.ts';

const found = (text: string) => findUnknownPlaces(text, invented).map((u) => [u.place.name, u.place.kind, u.place.country, text.slice(u.start, u.end)]);

describe('findUnknownPlaces: places the text places that the gazetteer lacks', () => {
  test.each([
    ['Troops shelled the village of Thnal Bek on Monday.', [['Thnal Bek', 'village', undefined, 'Thnal Bek']]],
    ['Clashes broke out near Tor Khessa temple.', [['Tor Khessa temple', 'temple', undefined, 'Tor Khessa temple']]],
    ["Shells fell in Borea's Banan district.", [['Banan', 'district', 'Borea', 'Banan']]],
    ['Talks were held at the Chong Sa-ngam checkpoint.', [['Chong Sa-ngam checkpoint', 'checkpoint', undefined, 'Chong Sa-ngam checkpoint']]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  test.each([
    // Known to the gazetteer: a place, not an unverified one.
    ['Fighting spread to Ondria province.'],
    // No preposition or possessive places it.
    ['Tor Khessa temple was closed.'],
    // A month is no place.
    ['The town of March was quiet.'],
  ])('finds nothing in "%s"', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
