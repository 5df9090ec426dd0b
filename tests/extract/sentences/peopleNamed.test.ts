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
  ])('%s → %j', (text, expected) => {
    expect([...peopleNamed(text)]).toEqual(expected);
  });

  test.each([
    'The National Assembly met in Port Lamar on Monday.',
    'Costa Verde and North Marland closed the crossing.',
    'On Monday Ruiz said the crossing was calm.',
  ])('%s names nobody', (text) => {
    expect(peopleNamed(text).size).toBe(0);
  });
});
