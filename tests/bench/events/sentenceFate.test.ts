import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { devsetKeySchema } from '../../../scripts/lib/bench/events/devsetKey.ts';
import { formatOwnSentences, formatWrongKinds } from '../../../scripts/lib/bench/events/formatEventsScore.ts';
import { scoreConflict } from '../../../scripts/lib/bench/events/scoreConflict.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { ontology } from './fixtures.ts';

const now = DateTime.fromISO('2026-11-22', { zone: 'UTC' });
// Three reports of an invented round, each sentence read its own way: a shelling dated and made an
// event, a negated attack, a flight read as a silence of the guns, a second shelling merged into
// the first, a condemnation, a hedged plan; a saying by nobody named; an article the run dates a
// day later than its key; one it refuses.
const reports = [
  article('kelvask.txt', [
    'Arlandese troops shelled a Borean village near the Halvane crossing on Monday.',
    'Borea did not attack any Arlandese post.',
    'Herders in Sevrin province watched their flocks scatter toward the Kelvask Pass on Monday as the guns fell silent.',
    'Arlandese gunners shelled the ridge again, a Borean officer told reporters.',
    'Borea denounced the shelling on Tuesday.',
    'Borea may send more troops to Ondria province next month.',
  ].join(' '), '2024-03-20'),
  article('velmora.txt', [
    'Kael Orvan waited outside the hospital in Velmora on Thursday with a list of names.',
    'The talks were welcomed on Friday.',
    'Ana Ruiz, who leads the Borean delegation, said on Friday that the talks would resume.',
    'Borean guards detained an Arlandese shepherd near the Kelvask Pass.',
  ].join(' '), '2024-03-23'),
  article('ondria.txt', 'Borean drones struck a depot in Ondria province yesterday.', '2024-03-25'),
  article('halvane.txt', 'Borean police detained two Arlandese traders at the Halvane crossing.'),
];
const run = extractEvents({ articles: reports, lexicon: invented, now, locale: 'en-GB' });
const refused = run.problems.map((p) => ({ file: p.file, message: p.message }));

type Told = { id: string; what: string; date: string; kind: string; type: string; speaker?: string; places?: string[] };
const wire = (file: string, published: string, key: string[]) => ({ file, url: `https://example.org/${file}`, outlet: 'Wire', published, report: 'wire', phenomena: ['weekday'], key });
const keyOf = (happenings: Told[], articles: ReturnType<typeof wire>[]) =>
  devsetKeySchema(ontology).parse({
    conflict: 'arland-borea',
    title: 'Arland–Borea',
    timeZone: 'UTC',
    happenings: happenings.map((h) => ({ status: 'occurred', actors: ['Arland', 'Borea'], ...h })),
    articles,
  });
/** The one miss of a key that lists `h` in `file` (beside a happening the run finds). */
const missOf = (h: Told, file = 'kelvask.txt', published = '2024-03-20', traced = true) => {
  const village: Told = { id: 'village', what: 'Arlandese troops shell a Borean village near the Halvane crossing', date: '2024-03-18', kind: 'strike', type: 'shelling', places: ['Halvane crossing'] };
  const articles = file === 'kelvask.txt' ? [wire(file, published, ['village', h.id])] : [wire('kelvask.txt', '2024-03-20', ['village']), wire(file, published, [h.id])];
  const score = scoreConflict({ key: keyOf([village, h], articles), events: run.file.events, refused, ...(traced ? { trace: run.trace } : {}) });
  return score.misses.find((m) => m.id === h.id)!;
};

describe('sentenceFate lays a miss to its own sentence, not to another of its kind or day', () => {
  test('a shelling told after another of its day is merged, by the step that merged it, into the first one\'s event', () => {
    const own = missOf({ id: 'ridge', what: 'Arlandese gunners shell the ridge again', date: '2024-03-18', kind: 'strike', type: 'shelling' }).own!;
    expect(own).toMatchObject({ cause: 'merged', how: 'merged by clusterMentions (its kind and day)' });
    expect(own.detail).toContain('"Arlandese gunners shelled the ridge again');
    expect(own.detail).toContain('2024-03-18-strike (stands for village)');
  });

  test('a flight told beside the guns falling silent was read as another kind', () => {
    const own = missOf({ id: 'herders', what: 'Herders in Sevrin province flee with their flocks toward the Kelvask Pass', date: '2024-03-18', kind: 'humanitarian', type: 'displacement' }).own!;
    expect(own).toMatchObject({ cause: 'another kind', how: 'ceasefire for humanitarian', placed: true });
  });

  test('a plan told with "may" was read and dropped as hedged', () => {
    expect(missOf({ id: 'troops', what: 'Borea sends more troops to Ondria province', date: '2024-04', kind: 'measure', type: 'deployment' }).own).toMatchObject({ cause: 'dropped', how: 'hedged (possible)' });
  });

  test('a condemnation the run dates two days from the key\'s day is dated elsewhere, within a week', () => {
    const miss = missOf({ id: 'condemned', what: 'Borea denounces the shelling', date: '2024-03-17', kind: 'statement', type: 'statement', speaker: 'Borea' });
    expect(miss.own).toMatchObject({ cause: 'misdated', how: 'within a week' });
  });

  test('a welcome by nobody named is a saying whose speaker was not found', () => {
    const miss = missOf({ id: 'welcome', what: 'The talks are welcomed', date: '2024-03-22', kind: 'statement', type: 'statement', speaker: 'Velmora City Council (Borea)' }, 'velmora.txt', '2024-03-23');
    expect(miss.own).toMatchObject({ cause: 'no speaker', how: '', placed: true });
    expect(miss.own!.detail).toContain('"The talks were welcomed on Friday."');
  });

  test('a sentence that reads no act is laid to no happening, though the article reads a capture of another day', () => {
    // Its kind's only mention in the article, the shepherd's capture, is of another day: the
    // furthest stage of its kind in the article would have called this miss misdated.
    const miss = missOf({ id: 'names', what: 'Kael Orvan waits outside the hospital in Velmora with the names of those held', date: '2024-03-21', kind: 'detention', type: 'arrest' }, 'velmora.txt', '2024-03-23');
    expect(miss.own).toMatchObject({ cause: 'no happening', placed: true });
    expect(miss.own!.detail).toContain('"Kael Orvan waited outside the hospital');
  });

  test('an article the run dates a day later than its key\'s day, and a refused one, are the article\'s', () => {
    expect(missOf({ id: 'depot', what: 'Borean drones strike a depot in Ondria province', date: '2024-03-23', kind: 'strike', type: 'air-strike' }, 'ondria.txt', '2024-03-24').own).toMatchObject({ cause: 'article', how: 'dated a day late', placed: true });
    expect(missOf({ id: 'traders', what: 'Borean police detain two Arlandese traders', date: '2024-03-19', kind: 'detention', type: 'arrest' }, 'halvane.txt', '2024-03-20').own).toMatchObject({ cause: 'article', how: 'refused' });
  });

  test('a sentence chosen without its day or its act is marked a guess', () => {
    const own = missOf({ id: 'ridge', what: 'Gunners fire on a ridge', date: '2024-03-01', kind: 'fighting', type: 'armed-clash' }).own!;
    expect(own.placed).toBe(false);
    expect(own.detail).toContain('(a guess)');
  });

  test('without a trace no sentence is given', () => {
    expect(missOf({ id: 'ridge', what: 'Arlandese gunners shell the ridge again', date: '2024-03-18', kind: 'strike', type: 'shelling' }, 'kelvask.txt', '2024-03-20', false).own).toBeUndefined();
  });
});

describe('formatOwnSentences counts the misses by their own sentence, naming none', () => {
  test('each cause with its finer reasons, and how many sentences were guesses', () => {
    const empty = scoreConflict({ key: keyOf([{ id: 'h', what: 'Talks', date: '2024-03-05', kind: 'talks', type: 'talks' }], [wire('kelvask.txt', '2024-03-20', ['h'])]), events: [] });
    const line = formatOwnSentences([{ ...empty, misses: [
      missOf({ id: 'ridge', what: 'Arlandese gunners shell the ridge again', date: '2024-03-18', kind: 'strike', type: 'shelling' }),
      missOf({ id: 'troops', what: 'Borea sends more troops to Ondria province', date: '2024-04', kind: 'measure', type: 'deployment' }),
    ] }], 'missed');
    expect(line).toBe('missed 2, by what became of their own sentence: 1 its act read and dropped (1 hedged (possible)); 1 built at its date, in an event that stands for another happening (1 merged by clusterMentions (its kind and day)) (0 of the 2 a guess: no sentence of their articles names both their day and their act)');
    expect(line).not.toContain('ridge');
  });

  test('only the causes asked for, and no line when no miss carries a sentence', () => {
    const score = scoreConflict({ key: keyOf([{ id: 'h', what: 'Talks in Velmora', date: '2024-03-05', kind: 'talks', type: 'talks' }], [wire('kelvask.txt', '2024-03-20', ['h'])]), events: run.file.events });
    expect(formatOwnSentences([score], 'missed')).toBe('');
    expect(formatOwnSentences([{ ...score, misses: [missOf({ id: 'ridge', what: 'Arlandese gunners shell the ridge again', date: '2024-03-18', kind: 'strike', type: 'shelling' })] }], 'not read', ['none'])).toBe('');
  });
});

describe('formatWrongKinds counts the kinds read for the kinds coded', () => {
  const happening = (h: Told) => keyOf([h], [wire('kelvask.txt', '2024-03-20', [h.id])]);
  test('an event of another kind at a key happening\'s date is counted by both kinds, and names nothing', () => {
    const score = scoreConflict({ key: happening({ id: 'h', what: 'Talks', date: '2024-03-18', kind: 'talks', type: 'talks' }), events: run.file.events, trace: run.trace });
    expect(formatWrongKinds([score, score])).toBe('wrong kind 2, read for coded: strike for talks 2');
  });

  test('no wrong kind, no line', () => {
    const score = scoreConflict({ key: happening({ id: 'h', what: 'Shelling', date: '2024-03-18', kind: 'strike', type: 'shelling' }), events: run.file.events });
    expect(formatWrongKinds([score])).toBe('');
  });
});
