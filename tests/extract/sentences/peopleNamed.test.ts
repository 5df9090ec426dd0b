import { describe, expect, test } from 'vitest';
import { peopleNamed } from '../../../scripts/lib/extract/sentences/peopleNamed.ts';

// Names invented for these tests.
describe('peopleNamed finds the people an article names by title, by surname', () => {
  test.each([
    ['Border Republic President Mara Velde spoke on Monday.', [['Velde', 'Mara Velde']]],
    ['Prime Minister Ilan Doru said the crossing would reopen.', [['Doru', 'Ilan Doru']]],
    // A name in apposition to a title.
    ["The island's foreign minister, Ana Ruiz, flew home.", [['Ruiz', 'Ana Ruiz']]],
    // A title with a surname alone still names a person.
    ['On Monday President Velde met the envoy.', [['Velde', 'Velde']]],
    // A sentence that ends on a name ends it; an initial or an abbreviation does not.
    ['The envoy met Prime Minister Ilan Doru. On Tuesday the talks ended.', [['Doru', 'Ilan Doru']]],
    ['President Ilan B. Doru spoke.', [['Doru', 'Ilan B. Doru']]],
    // Lower-case particles inside a name are part of it.
    ['Foreign Secretary Ana de la Cruz spoke.', [['Cruz', 'Ana de la Cruz']]],
    ['President Omar Halim al-Vasri spoke.', [['al-Vasri', 'Omar Halim al-Vasri']]],
    // A lower-case title right before the name, with no comma.
    ["Velmora's defence minister Kael Orvan flew to the pass.", [['Orvan', 'Kael Orvan']]],
    ['Once more the ministry spokeswoman Lena Ferrin denied it.', [['Ferrin', 'Lena Ferrin']]],
    // A legislator's, an officer's or an official's capitalised title.
    ['At the hearing Representative Tan Weiro asked for calm.', [['Weiro', 'Tan Weiro']]],
    ['Air Vice Marshal Ana Ruiz gave the toll.', [['Ruiz', 'Ana Ruiz']]],
  ])('%s → %j', (text, expected) => {
    expect([...peopleNamed(text)]).toEqual(expected);
  });

  test.each([
    'The National Assembly met in Port Lamar on Monday.',
    'Costa Verde and North Marland closed the crossing.',
    'On Monday Ruiz said the crossing was calm.',
    // A lower-case word that is no title, right before capitalised words, names no one.
    'Troops from Kelvask Pass reached the Halvane crossing.',
  ])('%s names nobody', (text) => {
    expect(peopleNamed(text).size).toBe(0);
  });
});

// Names invented for these tests.
describe('peopleNamed keys a person by the first word of their name when the article calls them by it', () => {
  test('a name whose first word is used alone is found by that word too', () => {
    const people = peopleNamed('Borean Foreign Minister Tan Weiro met the envoy. Tan warned that Borea would answer.');
    expect(people.get('Tan')).toBe('Tan Weiro');
    expect(people.get('Weiro')).toBe('Tan Weiro');
  });
  test('a first word never used alone is no key', () => {
    expect(peopleNamed('President Lena Ferrin spoke. Ferrin said the border was calm.').has('Lena')).toBe(false);
  });
  test('a first word followed by another capitalised word is another name, not the person called alone', () => {
    expect(peopleNamed('President Tan Weiro met the envoy. Later spokesman Tan Oduro spoke.').has('Tan')).toBe(false);
  });
  test('a first word two people share is no one’s', () => {
    const people = peopleNamed('President Tan Weiro met Defence Minister Tan Oduro. Tan said the talks went well.');
    expect(people.has('Tan')).toBe(false);
  });
});
