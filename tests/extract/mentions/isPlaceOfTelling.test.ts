import { describe, expect, test } from 'vitest';
import { isPlaceOfTelling } from '../../../scripts/lib/extract/mentions/isPlaceOfTelling.ts';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { compiled } from '../../helpers/lexicon.ts';

const telling = (text: string, place: string) => {
  const sentence = analyseSentence({ start: 0, end: text.length, text }, 0, compiled);
  return isPlaceOfTelling(text, { start: text.indexOf(place), end: text.indexOf(place) + place.length }, sentence);
};

describe('isPlaceOfTelling: where something was said, or an envoy is posted, is no place of the happening', () => {
  test.each([
    ['Troops shelled the border, he said from Bangkok.', 'Bangkok', true],
    ['The spokesman told reporters in Phnom Penh that troops had withdrawn.', 'Phnom Penh', true],
    ['The Thai ambassador in Phnom Penh was recalled.', 'Phnom Penh', true],
    ['In Bangkok, a spokesman said Cambodian troops had fired rockets.', 'Bangkok', true],
    ['Troops clashed on Monday, according to a statement issued in Bangkok.', 'Bangkok', true],
    ['Fighting broke out on Monday, an army spokeswoman in Surin said.', 'Surin', true],
    ['Troops clashed on Monday, the embassy in Bangkok said.', 'Bangkok', true],
    // Ministries sit in capitals: where they spoke from, the first place named and the second.
    ['Troops clashed on Monday, the defence ministries in Bangkok and Phnom Penh said.', 'Bangkok', true],
    ['Troops clashed on Monday, the defence ministries in Bangkok and Phnom Penh said.', 'Phnom Penh', true],
    ['Government troops clashed with rebels in Surin on Monday.', 'Surin', false],
    ['Troops clashed near Surin on Monday, officials said.', 'Surin', false],
    ['A shell hit a market in Surin, and a report was issued on Monday.', 'Surin', false],
    ['In Surin, troops clashed on Monday.', 'Surin', false],
    // Where one official who speaks sits, with or without the country's possessive.
    ["Troops shelled the area, said a senior security official in Thailand's Surin province.", 'Surin', true],
    ['Troops shelled the area, an official in Surin said.', 'Surin', true],
    ['An official said troops shelled the area in Surin.', 'Surin', false],
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
