import { describe, expect, test } from 'vitest';
import { isPlaceOfTelling } from '../../../scripts/lib/extract/mentions/isPlaceOfTelling.ts';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

const telling = (text: string, place: string) => {
  const sentence = analyseSentence({ start: 0, end: text.length, text }, 0, invented);
  return isPlaceOfTelling(text, { start: text.indexOf(place), end: text.indexOf(place) + place.length }, sentence);
};

describe('isPlaceOfTelling: where something was said, or an envoy is posted, is no place of the happening', () => {
  test.each([
    ['Troops shelled the border, he said from Arlandia City.', 'Arlandia City', true],
    ['The spokesman told reporters in Velmora that troops had withdrawn.', 'Velmora', true],
    ['The Arlandese ambassador in Velmora was recalled.', 'Velmora', true],
    ['In Arlandia City, a spokesman said Borean troops had fired rockets.', 'Arlandia City', true],
    ['Troops clashed on Monday, according to a statement issued in Arlandia City.', 'Arlandia City', true],
    ['Fighting broke out on Monday, an army spokeswoman in Ondria said.', 'Ondria', true],
    ['Troops clashed on Monday, the embassy in Arlandia City said.', 'Arlandia City', true],
    // Ministries sit in capitals: where they spoke from, the first place named and the second.
    ['Troops clashed on Monday, the defence ministries in Velmora and Arlandia City said.', 'Arlandia City', true],
    ['Troops clashed on Monday, the defence ministries in Velmora and Arlandia City said.', 'Velmora', true],
    ['Government troops clashed with rebels in Ondria on Monday.', 'Ondria', false],
    ['Troops clashed near Ondria on Monday, officials said.', 'Ondria', false],
    ['A shell hit a market in Ondria, and a report was issued on Monday.', 'Ondria', false],
    ['In Ondria, troops clashed on Monday.', 'Ondria', false],
    // Where one official who speaks sits, with or without the country's possessive.
    ["Troops shelled the area, said a senior security official in Arland's Ondria province.", 'Ondria', true],
    ['Troops shelled the area, an official in Ondria said.', 'Ondria', true],
    // Officials, authorities and sources in a capital speak from it.
    ['Gunmen fought border guards, leaving five dead, officials in Velmora said on Thursday.', 'Velmora', true],
    ['Troops shelled the area, authorities in Arlandia City said.', 'Arlandia City', true],
    // Officials from a country, or who met in a place, are not told of there.
    ['Senior officials from Arland and Borea met at a checkpoint in Ondria on Wednesday.', 'Ondria', false],
    ['Officials in Ondria met their Borean counterparts on Wednesday.', 'Ondria', false],
    ['An official said troops shelled the area in Ondria.', 'Ondria', false],
  ])('"%s", %s → %s', (text, place, expected) => {
    expect(telling(text, place)).toBe(expected);
  });
});

describe('isPlaceOfTelling: a news conference is where a speaker told of a happening, not where it was', () => {
  test.each([
    ['Speaking at a news conference in Velmora, the Borean commander said villagers had seized two Arlandese guards.', 'Velmora', true],
    ['The Arlandese foreign minister told a press conference in Arlandia City that Borean troops had crossed the Kelvask Pass.', 'Arlandia City', true],
    ['He said at a press briefing in Velmora that the Halvane crossing was shut.', 'Velmora', true],
    ['A news conference in Velmora was cut short when protesters stormed the hall.', 'Velmora', false],
  ])('"%s", %s → %s', (text, place, expected) => {
    expect(telling(text, place)).toBe(expected);
  });
});
