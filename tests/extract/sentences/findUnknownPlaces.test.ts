import { describe, expect, test } from 'vitest';
import { findUnknownPlaces } from '../../../scripts/lib/extract/sentences/findUnknownPlaces.ts';
import { compiled } from '../../helpers/lexicon.ts';

const found = (text: string) => findUnknownPlaces(text, compiled).map((u) => [u.place.name, u.place.kind, u.place.country, text.slice(u.start, u.end)]);

describe('findUnknownPlaces: places the text places that the gazetteer lacks', () => {
  test.each([
    ['Troops shelled the village of Thnal Bek on Monday.', [['Thnal Bek', 'village', undefined, 'Thnal Bek']]],
    ['Clashes broke out near Phnom Khmoch temple.', [['Phnom Khmoch temple', 'temple', undefined, 'Phnom Khmoch temple']]],
    ["Shells fell in Cambodia's Banan district.", [['Banan', 'district', 'Cambodia', 'Banan']]],
    ['Talks were held at the Chong Sa-ngam checkpoint.', [['Chong Sa-ngam checkpoint', 'checkpoint', undefined, 'Chong Sa-ngam checkpoint']]],
  ])('"%s" → %j', (sentence, expected) => {
    expect(found(sentence)).toEqual(expected);
  });

  test.each([
    // Known to the gazetteer: a place, not an unverified one.
    ['Fighting spread to Surin province.'],
    // No preposition or possessive places it.
    ['Phnom Khmoch temple was closed.'],
    // A month is no place.
    ['The town of March was quiet.'],
  ])('finds nothing in "%s"', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
});
