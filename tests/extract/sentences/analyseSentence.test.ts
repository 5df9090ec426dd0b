import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

/** The doer read for each act of violence in a sentence, as kind and party. */
const doers = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.value === 'strike' || t.value === 'fighting')
    .map(([t, f]) => [t.value, f.agent]);

/** The doer read for each act of a sentence that is no saying, as kind and party. */
const acts = (text: string) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about]
    .filter(([t]) => t.value !== 'statement' && t.value !== 'accusation')
    .map(([t, f]) => [t.value, f.agent]);

// Sentences written for these tests, of no real report.
describe('analyseSentence: who did each act', () => {
  test.each([
    // Fire no doer is named for is the side it came from; each side's fire stays its own.
    ['Artillery fired overnight from the hills of Sevrin province killed a child in Ondria on Monday.', [['strike', 'Borea']]],
    ['Arlandese troops shelled Dorsk on Monday, and rockets fired from inside Arland hit Velmora.', [['strike', 'Arland'], ['strike', 'Arland']]],
    // "its" with no teller is the party its clause names before it.
    ['Borea answered with its heaviest strikes of the week on Monday, which killed 10 people.', [['strike', 'Borea']]],
    ['On Monday Borea launched its heaviest strikes of the month.', [['strike', 'Borea']]],
    // A teller's "its" stays the teller's.
    ['Arland said on Monday that its troops had shelled the pass.', [['strike', 'Arland']]],
  ])('"%s"', (text, expected) => {
    expect(doers(text)).toEqual(expected);
  });

  test.each([
    // The pronoun right after a saying is the teller, each speaker's for its own act.
    ['On Monday Arland said it had shot down two Borean drones, while Borea said its artillery had hit Arlandese positions.', [['measure', 'Arland'], ['strike', 'Borea']]],
    // A gerund after "by" is done by its clause's subject.
    ["Arland expelled Borea's ambassador on Monday; Borea responded by closing the Halvane crossing.", [['diplomacy', 'Arland'], ['diplomacy', 'Borea']]],
    ["Arland expelled Borea's ambassador on Monday and responded by closing the Halvane crossing.", [['diplomacy', 'Arland'], ['diplomacy', 'Arland']]],
  ])('"%s": each act its own doer', (text, expected) => {
    expect(acts(text)).toEqual(expected);
  });

  test.each([
    // Another party named between the teller and the pronoun may be whom it stands for.
    ['Arland holds the Borean guards responsible, saying they shot at residents on Monday.', 'fighting'],
    // The pronoun is the subject of another verb than the act's.
    ['Arland said on Thursday that it had agreed a ceasefire after shelling across the border killed four people.', 'strike'],
    // A pronoun that is what the act was done to.
    ['Arland said they had been arrested on Monday by an anti-terrorist unit.', 'detention'],
  ])('"%s": the teller is not the doer of the %s', (text, kind) => {
    expect(acts(text).filter(([k]) => k === kind).map(([, agent]) => agent)).not.toContain('Arland');
  });

  test('a doer the words name is not replaced by where the fire came from', () => {
    expect(doers('Borean gunners fired rockets from the Kelvask Pass at Ondria on Monday.')).toEqual([['strike', 'Borea']]);
  });

  test.each([
    // The place an act of violence is done to is where it happened, with or without "in" or "at".
    ['Borean artillery shelled the Kelvask Pass on Monday.', ['Kelvask Pass']],
    ['Borean gunmen attacked the village of Velmora on Monday.', ['Velmora']],
    ['Borean artillery shelled Arlandese posts near the Kelvask Pass on Monday.', ['Kelvask Pass']],
    // A place that owns what was hit is not it.
    ["Borean artillery shelled Ondria's border posts on Monday.", []],
  ])('"%s": the places where it happened', (text, places) => {
    expect(analyseSentence({ start: 0, end: text.length, text }, 0, invented).places.map((p) => p.name)).toEqual(places);
  });
});

/** The speaker read for each saying of a sentence, with the people the article named in full (surname → side or name). */
const speakers = (text: string, people: ReadonlyMap<string, string>) =>
  [...analyseSentence({ start: 0, end: text.length, text }, 0, invented, people).about]
    .filter(([t]) => t.value === 'statement' || t.value === 'accusation')
    .map(([t, f]) => [t.value, f.speaker]);

// Sentences written for these tests, of no real report.
describe('analyseSentence: a person named in full before speaks by surname alone', () => {
  test.each([
    // A number or a plain word before the saying noun modifies it; the surname before its verb spoke.
    ['Ruiz made four recommendations on Tuesday.', new Map([['Ruiz', 'Ana Ruiz']]), [['statement', 'Ana Ruiz']]],
    ['Ruiz issued three recommendations to both governments on Friday.', new Map([['Ruiz', 'Ana Ruiz']]), [['statement', 'Ana Ruiz']]],
    // A person's office speaks for the person, and for the side the article gives them.
    ["On Saturday Orvan's office said Arland was lodging a strong protest with Borea.", new Map([['Orvan', 'Arland']]), [['accusation', 'Arland']]],
    ["Orvan's spokesman said Arland had lodged a strong protest with Borea.", new Map([['Orvan', 'Arland']]), [['accusation', 'Arland']]],
    // A surname that tells the words speaks them, though a subject inside a clause between ("his government") stands nearer the verb.
    ['Weiro said the smugglers, whom his police had tracked for months, work for Borea, and accused it of the raids.', new Map([['Weiro', 'Tan Weiro']]), [['accusation', 'Tan Weiro']]],
    // A party that protests is itself the speaker, whatever modifies its protest.
    ['Borea lodged a strong protest with Arland on Monday.', new Map([['Ruiz', 'Ana Ruiz']]), [['accusation', 'Borea']]],
  ])('"%s"', (text, people, expected) => {
    expect(speakers(text, people)).toEqual(expected);
  });
});
