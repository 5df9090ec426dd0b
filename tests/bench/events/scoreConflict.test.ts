import { describe, expect, test } from 'vitest';
import { scoreConflict } from '../../../scripts/lib/bench/events/scoreConflict.ts';
import { devsetKeySchema } from '../../../scripts/lib/bench/events/devsetKey.ts';
import { event, key, ontology } from './fixtures.ts';

/**
 * An invented day with two strikes: the North's shelling of an island, and the South's answering
 * fire, named so that the answer sorts first; a third party's statement key of one article and
 * the North's own statement only mentioned by it.
 */
const twoStrikes = devsetKeySchema(ontology).parse({
  conflict: 'island',
  title: 'Island shelled',
  timeZone: 'UTC',
  happenings: [
    { id: 'a-answering-fire', what: 'The South answers with artillery', date: '2031-06-02', kind: 'strike', type: 'shelling', status: 'occurred', actors: ['South', 'North'] },
    { id: 'b-island-shelled', what: 'The North shells the island', date: '2031-06-02', kind: 'strike', type: 'shelling', status: 'occurred', places: ['Gull Island'], actors: ['North', 'South'], figures: [{ measure: 'killed', value: 4 }, { measure: 'injured', value: 18 }] },
    { id: 'c-envoy-appeals', what: 'A neutral envoy appeals for calm', date: '2031-06-02', kind: 'statement', type: 'statement', status: 'occurred', actors: ['Envoy'], speaker: 'Envoy' },
    { id: 'd-north-warns', what: 'The North warns of more', date: '2031-06-02', kind: 'statement', type: 'statement', status: 'occurred', actors: ['North', 'South'], speaker: 'North' },
  ],
  articles: [
    { file: 'x.txt', url: 'https://example.org/x', outlet: 'Wire', published: '2031-06-02', report: 'wire', phenomena: ['weekday'], key: ['a-answering-fire', 'b-island-shelled', 'c-envoy-appeals'], other: ['d-north-warns'] },
  ],
});
const onIsland = (events: ReturnType<typeof event>[]) => scoreConflict({ key: twoStrikes, events }).judged.map((j) => j.happening);
const toll = (measure: 'killed' | 'injured', n: number) => ({ measure, unit: 'people' as const, min: n, max: n, qualifier: 'exactly' as const, text: String(n), citation: { source: 'x.txt', quote: 'Words.' } });

const score = (events: ReturnType<typeof event>[]) => scoreConflict({ key, events });
const verdicts = (s: ReturnType<typeof score>) => s.judged.map((j) => [j.title, j.verdict, j.happening]);

describe('scoreConflict', () => {
  test('counts an event at the right date, kind and status as correct and its happening as found', () => {
    const s = score([event({ date: '2030-03-04', kind: 'fighting', title: 'Clash' })]);
    expect(verdicts(s)).toEqual([['Clash', 'correct', 'clash']]);
    expect([s.found, s.keyHappenings, s.counts.correct, s.events]).toEqual([1, 4, 1, 1]);
    expect(s.misses.map((m) => m.id)).toEqual(['handover', 'talks', 'truce']);
  });

  test('accepts a kind the key lists under alsoKinds', () => {
    expect(score([event({ date: '2030-03-04', kind: 'strike', title: 'Shelling' })]).counts.correct).toBe(1);
  });

  test('calls a second event of the same happening, from another article, a duplicate', () => {
    const s = score([event({ date: '2030-03-04', kind: 'fighting', title: 'First' }), event({ date: '2030-03-04', kind: 'fighting', title: 'Second', source: 'b.txt' })]);
    expect(s.counts).toMatchObject({ correct: 1, duplicate: 1 });
    expect(s.found).toBe(1);
  });

  test('keeps the correct event and calls the one with the wrong status the duplicate', () => {
    const s = score([event({ date: '2030-03-20', kind: 'measure', status: 'occurred', title: 'Handed over', source: 'b.txt' }), event({ date: '2030-03-20', kind: 'measure', status: 'scheduled', title: 'Handover planned', source: 'b.txt' })]);
    expect(verdicts(s)).toEqual([['Handed over', 'duplicate', 'handover'], ['Handover planned', 'correct', 'handover']]);
  });

  test('finds a happening with the wrong status but reports the status', () => {
    const s = score([event({ date: '2030-03-20', kind: 'measure', status: 'occurred', title: 'Handed over', source: 'b.txt' })]);
    expect(s.judged[0]).toMatchObject({ verdict: 'wrong-status', happening: 'handover', note: 'expected scheduled' });
    expect(s.found).toBe(1);
  });

  test('takes an accusation, as made, for an act charged and kept claimed that the key lets be coded as the charge', () => {
    const charged = devsetKeySchema(ontology).parse({
      conflict: 'charged',
      title: 'A raid charged',
      timeZone: 'UTC',
      happenings: [
        { id: 'raid', what: 'The North says the South raided a post', date: '2031-02-03', kind: 'fighting', type: 'armed-clash', alsoKinds: ['accusation', 'strike'], status: 'claimed', speaker: 'North', actors: ['South', 'North'] },
      ],
      articles: [{ file: 'x.txt', url: 'https://example.org/x', outlet: 'Wire', published: '2031-02-03', report: 'wire', phenomena: ['claim-denial'], key: ['raid'] }],
    });
    const judge = (kind: 'accusation' | 'strike', status: 'occurred' | 'claimed') =>
      scoreConflict({ key: charged, events: [event({ date: '2031-02-03', kind, status, source: 'x.txt' })] }).judged[0]!.verdict;
    expect(judge('accusation', 'occurred')).toBe('correct');
    // The act itself, or another kind the key allows, must still be claimed.
    expect(judge('strike', 'occurred')).toBe('wrong-status');
    expect(judge('strike', 'claimed')).toBe('correct');
  });

  test('gives two events of one day to two happenings of that day by their kinds', () => {
    const s = score([event({ date: '2030-03-06', kind: 'talks', title: 'Talks', source: 'b.txt' }), event({ date: '2030-03-06', kind: 'ceasefire', title: 'Truce', source: 'b.txt' })]);
    expect(verdicts(s)).toEqual([['Talks', 'correct', 'talks'], ['Truce', 'correct', 'truce']]);
  });

  test('gives an event to the one of two strikes of its day whose toll it carries, though it names the victim first', () => {
    expect(onIsland([event({ date: '2031-06-02', kind: 'strike', source: 'x.txt', actors: ['South'], figures: [toll('killed', 4), toll('injured', 18)] })])).toEqual(['b-island-shelled']);
  });

  test('gives an event to the one of two strikes of its day whose doer it names first', () => {
    expect(onIsland([event({ date: '2031-06-02', kind: 'strike', source: 'x.txt', actors: ['North', 'South'] })])).toEqual(['b-island-shelled']);
    expect(onIsland([event({ date: '2031-06-02', kind: 'strike', source: 'x.txt', actors: ['South', 'North'] })])).toEqual(['a-answering-fire']);
  });

  test('gives an event to the strike of its place when neither toll nor doer tells', () => {
    expect(onIsland([event({ date: '2031-06-02', kind: 'strike', source: 'x.txt', places: [{ name: 'Gull Island', country: 'South' }] })])).toEqual(['b-island-shelled']);
  });

  test('gives a statement to the happening of its day whose speaker it names', () => {
    const both = { ...twoStrikes, articles: twoStrikes.articles.map((a) => ({ ...a, key: [...a.key, 'd-north-warns'], other: [] })) };
    expect(scoreConflict({ key: both, events: [event({ date: '2031-06-02', kind: 'statement', source: 'x.txt', actors: ['North'] })] }).judged[0]!.happening).toBe('d-north-warns');
  });

  test('gives a saying to the happening its speaker made, though the article is about another speaker’s', () => {
    const s = scoreConflict({ key: twoStrikes, events: [event({ date: '2031-06-02', kind: 'statement', source: 'x.txt', speaker: 'North', actors: ['North'] })] });
    expect(s.judged[0]!.happening).toBe('d-north-warns');
    expect(s.found).toBe(0);
  });

  test('gives two sayings of one day one happening each, by their speakers, whichever chooses first', () => {
    const s = scoreConflict({ key: twoStrikes, events: [event({ date: '2031-06-02', kind: 'statement', source: 'x.txt', speaker: 'North' }), event({ date: '2031-06-02', kind: 'statement', source: 'x.txt', speaker: 'the Envoy' })] });
    expect(s.judged.map((j) => j.happening).sort()).toEqual(['c-envoy-appeals', 'd-north-warns']);
    expect(s.speakers).toEqual({ right: 2, wrong: 0 });
  });

  test('still prefers what the article is about, its key, to a happening it only mentions, whatever the event names', () => {
    expect(onIsland([event({ date: '2031-06-02', kind: 'statement', source: 'x.txt', actors: ['North'] })])).toEqual(['c-envoy-appeals']);
  });

  test('still gives two events of one day\'s strikes one each, by the doers they name', () => {
    const s = scoreConflict({ key: twoStrikes, events: [event({ date: '2031-06-02', kind: 'strike', source: 'x.txt', actors: ['North'] }), event({ date: '2031-06-02', kind: 'strike', source: 'x.txt', actors: ['South'] })] });
    expect(s.judged.map((j) => [j.happening, j.verdict])).toEqual([['b-island-shelled', 'correct'], ['a-answering-fire', 'correct']]);
  });

  test('calls an event of another kind at a happening\'s date a wrong kind, and the miss says what it was found as', () => {
    const s = score([event({ date: '2030-03-06', kind: 'statement', title: 'Statement issued', source: 'b.txt' })]);
    expect(s.judged[0]).toMatchObject({ verdict: 'wrong-kind' });
    expect(s.misses.find((m) => m.id === s.judged[0]!.happening)?.reason).toBe('found as statement: "Statement issued"');
  });

  test('calls a month-level recap of a day-level happening a coarse date, not a find', () => {
    const s = score([event({ date: '2030-03', kind: 'fighting', title: 'Fighting in March' })]);
    expect(s.judged[0]).toMatchObject({ verdict: 'coarse-date', happening: 'clash' });
    expect(s.found).toBe(0);
    expect(s.misses.find((m) => m.id === 'clash')?.reason).toBe('only at a coarser date, 2030-03');
  });

  test('only matches happenings listed by an article the event cites', () => {
    expect(score([event({ date: '2030-03-06', kind: 'talks', title: 'Talks', source: 'a.txt' })]).judged[0]!.verdict).toBe('unmatched');
  });

  test('names the trap an event was made from', () => {
    const s = score([event({ date: '2030-03-05', kind: 'fighting', title: 'War', quote: 'Officials said it could lead to war soon.' })]);
    expect(s.judged[0]).toMatchObject({ verdict: 'trap', note: 'fear: "could lead to war"' });
  });

  test('counts an event of a listed other happening as correct, without a key happening found', () => {
    const s = score([event({ date: '2020-05-02', kind: 'fighting', title: 'Old war' })]);
    expect([s.counts.correct, s.found]).toEqual([1, 0]);
  });

  test('calls an event at another year unmatched', () => {
    expect(score([event({ date: '2026-03-04', kind: 'fighting' })]).judged[0]!.verdict).toBe('unmatched');
  });

  test('scores counts of people against the happening\'s figures and lists the misplaced ones', () => {
    const citation = { source: 'a.txt', quote: 'Five died; 40 were hurt.' };
    const s = score([
      event({
        date: '2030-03-04',
        kind: 'fighting',
        figures: [
          { measure: 'killed', unit: 'people', min: 5, max: 5, qualifier: 'exactly', text: 'Five', citation },
          { measure: 'injured', unit: 'people', min: 40, max: 40, qualifier: 'exactly', text: '40', citation },
          { measure: 'duration', unit: 'hours', min: 2, max: 2, qualifier: 'exactly', text: 'two hours', citation },
        ],
      }),
    ]);
    expect(s.figures).toEqual({ right: 1, misplaced: 1 });
    expect(s.misplacedFigures).toMatchObject([{ happening: 'clash', measure: 'injured', text: '40' }]);
  });

  test('keeps the refused articles it is given', () => {
    expect(scoreConflict({ key, events: [], refused: [{ file: 'b.txt', message: 'no date' }] }).refused).toEqual([{ file: 'b.txt', message: 'no date' }]);
  });

  test('matches an event to the happening coded as its own kind before one that only allows that kind', () => {
    // A charge and a statement told the same day, each allowing the other's kind, as keys code them.
    const sayings = devsetKeySchema(ontology).parse({
      ...key,
      happenings: [
        { id: 'charge', what: 'Arland charges Borea', date: '2030-03-06', kind: 'accusation', type: 'accusation', alsoKinds: ['statement'], status: 'occurred', speaker: 'Arland', addressee: 'Borea' },
        { id: 'word', what: 'Arland minister speaks', date: '2030-03-06', kind: 'statement', type: 'statement', alsoKinds: ['accusation'], status: 'occurred', speaker: 'Arland' },
      ],
      articles: [{ ...key.articles[1], key: ['charge', 'word'], other: [] }],
    });
    const statement = event({ date: '2030-03-06', kind: 'statement', source: 'b.txt' });
    expect(scoreConflict({ key: sayings, events: [statement] }).judged[0]).toMatchObject({ verdict: 'correct', happening: 'word' });
    const accusation = event({ date: '2030-03-06', kind: 'accusation', source: 'b.txt' });
    expect(scoreConflict({ key: sayings, events: [accusation] }).judged[0]).toMatchObject({ verdict: 'correct', happening: 'charge' });
  });
});

describe('scoreConflict judges who spoke', () => {
  const spoken = devsetKeySchema(ontology).parse({
    conflict: 'north-south',
    title: 'North–South border round',
    timeZone: 'UTC',
    happenings: [
      { id: 'north-says', what: 'North’s foreign minister says the pass is North’s', date: '2030-03-04', kind: 'statement', type: 'statement', status: 'occurred', speaker: 'Ana Vell (North)' },
      { id: 'south-accuses', what: 'South accuses North of shelling', date: '2030-03-05', kind: 'accusation', type: 'accusation', status: 'occurred', speaker: 'South' },
    ],
    articles: [{ file: 'a.txt', url: 'https://example.org/a', outlet: 'Wire', published: '2030-03-05', report: 'wire', phenomena: ['weekday'], key: ['north-says', 'south-accuses'] }],
  });

  test('counts an event that names the key’s speaker or side as right, another side as a wrong speaker, against precision', () => {
    const score = scoreConflict({
      key: spoken,
      events: [event({ date: '2030-03-04', kind: 'statement', speaker: 'North' }), event({ date: '2030-03-05', kind: 'accusation', speaker: 'North' })],
    });
    expect(score.counts.correct).toBe(1);
    expect(score.counts['wrong-speaker']).toBe(1);
    expect(score.found).toBe(1);
    expect(score.misses.map((m) => m.id)).toEqual(['south-accuses']);
    expect(score.judged.find((j) => j.verdict === 'wrong-speaker')).toMatchObject({ happening: 'south-accuses', note: 'expected South, names North' });
    expect(score.speakers).toEqual({ right: 1, wrong: 1 });
    expect(score.wrongSpeakers).toMatchObject([{ happening: 'south-accuses', speaker: 'North', expected: 'South' }]);
  });

  test('counts a spoken happening found with no speaker as wrong', () => {
    const score = scoreConflict({ key: spoken, events: [event({ date: '2030-03-04', kind: 'statement' })] });
    expect(score.speakers).toEqual({ right: 0, wrong: 1 });
  });

  test('gives a voice the key lacks to the saying of that day as a wrong speaker, not to a measure another event has', () => {
    const closed = devsetKeySchema(ontology).parse({
      ...spoken,
      happenings: [
        { id: 'north-says', what: 'North’s foreign minister says the pass is North’s', date: '2030-03-05', kind: 'statement', type: 'statement', status: 'occurred', speaker: 'Ana Vell (North)' },
        { id: 'pass-closed', what: 'North closes the pass', date: '2030-03-05', kind: 'measure', type: 'decision', alsoKinds: ['statement'], status: 'occurred', actors: ['North'] },
      ],
      articles: [{ ...spoken.articles[0]!, key: ['north-says', 'pass-closed'] }],
    });
    const score = scoreConflict({
      key: closed,
      events: [event({ date: '2030-03-05', kind: 'measure', title: 'a' }), event({ date: '2030-03-05', kind: 'statement', speaker: 'Velmora', title: 'b' })],
    });
    expect(score.judged.map((j) => [j.title, j.verdict, j.happening])).toEqual([
      ['a', 'correct', 'pass-closed'],
      ['b', 'wrong-speaker', 'north-says'],
    ]);
  });

  test('takes a second event of a saying its speaker fits as a duplicate of it, not as another speaker’s saying of that day', () => {
    const sameDay = devsetKeySchema(ontology).parse({
      ...spoken,
      happenings: [
        { id: 'north-says', what: 'North’s foreign minister says the pass is North’s', date: '2030-03-05', kind: 'statement', type: 'statement', status: 'occurred', speaker: 'Ana Vell (North)' },
        { id: 'envoy-says', what: 'The envoy urges calm', date: '2030-03-05', kind: 'statement', type: 'statement', status: 'occurred', speaker: 'Lena Ferrin (Velmora)' },
      ],
      articles: [{ ...spoken.articles[0]!, key: ['north-says', 'envoy-says'] }],
    });
    const score = scoreConflict({
      key: sameDay,
      events: [event({ date: '2030-03-05', kind: 'statement', speaker: 'Ana Vell', title: 'a' }), event({ date: '2030-03-05', kind: 'statement', speaker: 'Foreign Minister Ana Vell', title: 'b' })],
    });
    expect(score.judged.map((j) => [j.verdict, j.happening])).toEqual([
      ['correct', 'north-says'],
      ['duplicate', 'north-says'],
    ]);
    expect(score.found).toBe(1);
  });

  test('takes a saying in a voice no happening of its day gives, beside the event that has that day’s saying, as unmatched, not a duplicate (a second in that voice is one)', () => {
    const score = scoreConflict({
      key: spoken,
      events: [
        event({ date: '2030-03-04', kind: 'statement', speaker: 'Ana Vell', title: 'a' }),
        event({ date: '2030-03-04', kind: 'statement', speaker: 'Velmora', title: 'b' }),
        event({ date: '2030-03-04', kind: 'statement', speaker: 'Velmora', title: 'c' }),
      ],
    });
    expect(score.judged.map((j) => [j.title, j.verdict, j.happening])).toEqual([
      ['a', 'correct', 'north-says'],
      ['b', 'unmatched', undefined],
      ['c', 'duplicate', 'north-says'],
    ]);
    expect(score.judged[1]!.note).toMatch(/a saying by Velmora, a voice no happening of its day in the key gives/);
    expect(score.counts.duplicate).toBe(1);
    expect(score.found).toBe(1);
  });

  test('still takes a second event in the same wrong voice as a duplicate of the first', () => {
    const score = scoreConflict({
      key: spoken,
      events: [event({ date: '2030-03-05', kind: 'accusation', speaker: 'North', title: 'a' }), event({ date: '2030-03-05', kind: 'accusation', speaker: 'north', title: 'b' })],
    });
    expect(score.judged.map((j) => [j.title, j.verdict])).toEqual([
      ['a', 'wrong-speaker'],
      ['b', 'duplicate'],
    ]);
  });
});
