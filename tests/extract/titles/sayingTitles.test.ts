import { join } from 'node:path';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { readDevset, readOntology } from '../../../scripts/io/bench/readDevset.ts';
import { readLexicon } from '../../../scripts/io/readLexicon.ts';
import { compileLexicon } from '../../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { isCleanTitle } from '../../../scripts/lib/extract/titles/isCleanTitle.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// Titles of things said are what every reader sees first: a short sentence saying who said what,
// the content read whole from the sentence's own complement ("of …", "that …", "to …"), its verbs
// put in a headline's present ("had laid" → "laid", "was" → "is", "would" → "will"), cut only at a
// phrase boundary, before a clause that would need its own tense ("if …", "until …"). Each
// invented article is read alone; the day between the verb and its complement is no part of it.
const now = DateTime.fromISO('2026-12-01', { zone: 'UTC' });
const titles = (sentence: string) =>
  extractEvents({ articles: [article('probe.txt', `Border news\n\n${sentence}\n`, '2024-03-15')], lexicon: invented, now, locale: 'en-GB' })
    .file.events.filter((e) => e.kind === 'statement' || e.kind === 'accusation')
    .map((e) => e.title);

describe('a saying title says who said what, in a clean clause', () => {
  test.each([
    // accusations: the "of …" complement after a day between the verb and it
    ['Arland accused Borea on Thursday of using cluster munitions against villages in Ondria.', 'Arland accuses Borea of using cluster munitions against villages in Ondria'],
    ['Borea on Thursday accused Arland of violating the ceasefire by shelling the Halvane crossing.', 'Borea accuses Arland of violating the ceasefire by shelling the Halvane crossing'],
    // a telling denied by naming it so: what is named, with no one addressed
    ['A Borean spokesman on Thursday called the Arlandese account ridiculous.', 'Borea calls the Arlandese account ridiculous'],
    // denials: the clause denied, in the present, or the deed by its gerund
    ['Borea denied on Thursday that its troops had laid new landmines near the Kelvask Pass.', 'Borea denies its troops laid new landmines near the Kelvask Pass'],
    ['Borea denied on Thursday losing any helicopter.', 'Borea denies losing any helicopter'],
    // a rejected claim keeps its own "that"
    ["Arland's foreign ministry on Thursday rejected Borea's claim that Arlandese jets had bombed a school.", "Arland rejects Borea's claim that Arlandese jets bombed a school"],
    // proposals: a bare wish after "that", cut before its place at a phrase boundary when long
    ['Arland proposed on Thursday that both sides withdraw their troops from the Vel Amar temple.', 'Arland proposes both sides withdraw their troops'],
    // appeals: whom, then what they were asked to do
    ['ASEAN on Thursday called on Arland and Borea to return to talks.', 'ASEAN calls on Arland and Borea to return to talks'],
    ['The United Nations Secretary-General on Thursday urged both sides to protect civilians.', 'United Nations urges both sides to protect civilians'],
    // statements: a reported clause with no "that", in the present
    ['Borea said on Thursday it was ready to hold talks with Arland without conditions.', 'Borea says it is ready to hold talks with Arland'],
    // warnings and statements: cut before a clause with its own tense
    ['Arland warned on Thursday that it would respond if Borean troops crossed the border again.', 'Arland warns it will respond'],
    ["Borea's prime minister said on Thursday that the border would stay closed until Arland withdrew.", 'Borea says the border will stay closed'],
  ])('%s', (sentence, expected) => {
    expect(titles(sentence)).toEqual([expected]);
  });
});

describe('every saying title of the development set reads as a clean sentence', () => {
  test('no function word at the end, no word twice in a row, no bare verb after the speaker’s verb', async () => {
    const ROOT = join(import.meta.dirname, '../../..');
    const ontology = await readOntology(join(ROOT, 'scripts/lexicon/ontology.yaml'));
    const { lexicon } = await readLexicon(join(ROOT, 'scripts/lexicon'), join(ROOT, 'tests/devset/lexicon'));
    const { conflicts } = await readDevset(join(ROOT, 'tests/devset'), ontology);
    const compiled = compileLexicon(lexicon!);
    const said = conflicts.flatMap(({ key, articles }) =>
      extractEvents({ articles, lexicon: compiled, now: DateTime.fromISO('2026-12-01', { zone: key.timeZone }), locale: 'en-GB' })
        .file.events.filter((e) => e.speaker !== undefined && e.title.startsWith(e.speaker))
        .map((e) => ({ title: e.title, speaker: e.speaker! })),
    );
    expect(said.length).toBeGreaterThan(50);
    expect(said.filter(({ title, speaker }) => !isCleanTitle(title, speaker)).map(({ title }) => title)).toEqual([]);
  // The whole development set: about 15 s alone, over 120 s on a machine under heavy load.
  }, 300_000);
});
