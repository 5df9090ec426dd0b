import { describe, expect, test } from 'vitest';
import { analyseArticle } from '../../../scripts/lib/extract/sentences/analyseArticle.ts';
import { fullNamesOf } from '../../../scripts/lib/extract/sentences/fullNamesOf.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

/** Who speaks in each statement or accusation of an article, in order. */
const speakers = (body: string) =>
  analyseArticle(article('a.txt', body), invented).sentences.flatMap((s) =>
    [...s.about].filter(([t]) => t.value === 'statement' || t.value === 'accusation').map(([, f]) => f.speaker),
  );

// Names and sentences invented for these tests.
describe('fullNamesOf: the people an article names in full, titled or not', () => {
  test.each([
    ['It was Ana Ruiz whom Kael Orvan had rung the night before.', [['Ruiz', 'Ana Ruiz'], ['Orvan', 'Kael Orvan']]],
    // A title before the name is no part of it; a party's adjective neither.
    ['Late on Friday Foreign Minister Tan Weiro landed.', [['Weiro', 'Tan Weiro']]],
    ['Borean envoy Lena Ferrin landed.', [['Ferrin', 'Lena Ferrin']]],
    // Initials stand inside a name; a sentence's full stop ends one.
    ['A.K. Orvan, who heads the inquiry, flew in at dawn.', [['Orvan', 'A.K. Orvan']]],
    ['The ship left before Easter. He stayed.', []],
    // A name called by its first word is keyed by it too, where the article uses it alone.
    ['The sector is held by Lt-General Tor Halvik. On Friday Tor spoke again.', [['Halvik', 'Tor Halvik'], ['Tor', 'Tor Halvik']]],
    // A place, a party or a body names no one.
    ['The convoy reached the Kelvask Pass, and the Borean Navy kept watch.', []],
    // A surname two people share is nobody's.
    ['Ana Ruiz met Tomas Ruiz at dawn.', []],
  ])('%s', (text, expected) => {
    expect([...fullNamesOf(text, invented)]).toEqual(expected);
  });
});

describe('a surname alone that speaks is the person named in full before', () => {
  test('a saying already read, with the surname for subject, is that person\'s', () => {
    const body = 'Kael Orvan flew to Velmora after the talks broke down.\nOrvan urged Borea on Thursday to reopen the Halvane crossing.';
    expect(speakers(body)).toEqual(['Kael Orvan']);
  });

  test('a plain undated "said" by that surname stays no statement of its own', () => {
    const body = 'Kael Orvan flew to Velmora after the talks broke down.\nOrvan said the pass had been quiet for weeks.';
    expect(speakers(body)).toEqual([]);
  });

  test('a surname nobody was named in full with stays nobody\'s', () => {
    const body = 'Orvan urged Borea on Thursday to reopen the Halvane crossing.';
    expect(speakers(body)).toEqual([undefined]);
  });
});
