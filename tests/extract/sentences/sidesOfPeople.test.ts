import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { peopleNamed } from '../../../scripts/lib/extract/sentences/peopleNamed.ts';
import { sidesAcross, sidesOfPeople } from '../../../scripts/lib/extract/sentences/sidesOfPeople.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

const sides = (text: string) => [...sidesOfPeople(text, peopleNamed(text), invented)];
const across = (bodies: readonly string[]) => sidesAcross(bodies.map((b) => sidesOfPeople(b, peopleNamed(b), invented)));

/** Who speaks in each statement or accusation of an article, in order. */
const speakers = (body: string, known?: ReadonlyMap<string, string>) =>
  analyseArticle(article('a.txt', body), invented, known).sentences.flatMap((s) =>
    [...s.about].filter(([t]) => t.value === 'statement' || t.value === 'accusation').map(([, f]) => f.speaker),
  );

// Names and sentences invented for these tests.
describe('sidesOfPeople: the side an article says a person is of', () => {
  test.each([
    ['Borean President Ana Ruiz flew home on Monday.', [['Ruiz', 'Borea']]],
    ["Arland's Assistant Foreign Minister Tor Halvik spoke.", [['Halvik', 'Arland']]],
    ["On Sunday, Arland's foreign minister, Tor Halvik, flew home.", [['Halvik', 'Arland']]],
    ['President Ana Ruiz of Borea flew home.', [['Ruiz', 'Borea']]],
    ["Minister Tor Halvik, Arland's envoy to the talks, flew home.", [['Halvik', 'Arland']]],
    // The party nearest the title, not the clause's subject.
    ['Arland accused Borean Defence Minister Ana Ruiz of lying.', [['Ruiz', 'Borea']]],
    // A sentence before, ending in a party, is not the title's.
    ['The patrol crossed into Borea.\nPresident Ana Ruiz said nothing. President Ana Ruiz of Arland flew home.', [['Ruiz', 'Arland']]],
    // A title opened by "its" or "their" is of the party the sentence before names first, its subject.
    ["Borea's navy sent two cutters to the Halvane crossing on Monday. Its spokeswoman, Lena Ferrin, spoke later of the weather.", [['Ferrin', 'Borea']]],
    ['The Arlandese border guards sent two boats to the Halvane crossing. Their commander, Kael Orvan, stayed ashore.', [['Orvan', 'Arland']]],
  ])('%s → %j', (text, expected) => {
    expect(sides(text)).toEqual(expected);
  });

  test.each([
    // A title with no party: whose is unsaid.
    'President Ana Ruiz flew home.',
    // Two sides for one person: neither.
    'Borean President Ana Ruiz spoke. Later Arlandese President Ana Ruiz answered.',
    // "its" inside a sentence looks back within it, to no party of the sentence before.
    'Borea closed the road. The relief agency and its spokeswoman, Lena Ferrin, stayed on.',
    // … and a sentence before that names no party as its subject gives none.
    'Aid workers in the camp said that for a week now Borea had kept the road shut. Its spokeswoman, Lena Ferrin, spoke of floods.',
    'The rain went on all week. Its spokeswoman, Lena Ferrin, spoke of floods.',
  ])('%s gives no side', (text) => {
    expect(sides(text)).toEqual([]);
  });

  test('sidesAcross: a side one report gives a person holds in the run’s other reports', () => {
    expect(across(['Borean President Ana Ruiz spoke.', 'President Ana Ruiz left.']).get('Ruiz')).toBe('Borea');
    expect(across(['Borean President Ana Ruiz spoke.', 'Arlandese President Ana Ruiz spoke.']).has('Ruiz')).toBe(false);
  });
});

describe('a person’s sayings are their side’s, named as the side’s other sayings are', () => {
  test('a surname alone, with any verb of saying, speaks for the side the article gave the person', () => {
    expect(speakers('Borean President Ana Ruiz visited the crossing on Sunday. At a news conference on Monday, Ruiz urged Arland to pull back its troops.')).toEqual(['Borea']);
  });

  test('a saying noun a surname alone tells ("Ruiz told a news conference") is that person\'s, the side\'s', () => {
    expect(speakers('Borean President Ana Ruiz visited the crossing on Sunday. "The pass stays shut," Ruiz told a news conference in Velmora on Monday.')).toEqual(['Borea']);
    // One the article never named in full is nobody the reader knows.
    expect(speakers('"The pass stays shut," Ruiz told a news conference in Velmora on Monday.')).toEqual([undefined]);
  });

  test('a participle set off after a person\'s saying is that person\'s act, whatever subject the words said had last', () => {
    const body = 'Arlandese Prime Minister Lena Ferrin met reporters in Velmora on Monday. Ferrin said Arland would not open the crossing while it had security concerns, accusing Borea of hosting rebel bases.';
    expect(speakers(body)).toEqual(['Arland']);
    // A charge the words said tell as another's stays theirs: the person only reports it.
    expect(speakers('Arlandese Prime Minister Lena Ferrin met reporters in Velmora on Monday. Ferrin said Ondria had accused Borea of hosting rebel bases.')).not.toContain('Arland');
  });

  test('a sided person inside the words another party tells made that saying: the teller only reports it', () => {
    const body = "Borean President Ana Ruiz visited the crossing on Sunday. Arland's foreign ministry said on Monday that Ruiz had asked to meet the Arlandese prime minister.";
    expect(speakers(body)).toEqual(['Borea']);
    // One the article gives no side leaves the teller speaking.
    expect(speakers("President Ana Ruiz visited the crossing on Sunday. Arland's foreign ministry said on Monday that Ruiz had asked to meet the Arlandese prime minister.")).toEqual(['Arland']);
  });

  test('a person by title and name speaks for the side the article gives them elsewhere', () => {
    expect(speakers('President Ana Ruiz urged Arland on Monday to pull back its troops. Ruiz, Borea’s president, flew home.')).toEqual(['Borea']);
  });

  test('… or that another report of the run gives them', () => {
    expect(speakers('President Ana Ruiz urged Arland on Monday to pull back its troops.', new Map([['Ruiz', 'Borea']]))).toEqual(['Borea']);
    expect(speakers('President Ana Ruiz urged Arland on Monday to pull back its troops.')).toEqual(['President Ana Ruiz']);
  });
});
