import { describe, expect, test } from 'vitest';
import { foldSentenceActs } from '../../../scripts/lib/extract/events/foldSentenceActs.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

const mention = (kind: Mention['kind'], extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-02', published: '2031-03-06', kind, sentence: 4, citations: [{ source: 'a.txt', quote: 'The assembly voted a call-up of reservists and broke off the border talks on Sunday.' }], ...extra });

describe('foldSentenceActs: one decision told with what it broke off is one report', () => {
  test('folds a diplomatic step into the decision the same sentence dates to the same day, keeping its actors', () => {
    const folded = foldSentenceActs([mention('measure', { actors: ['Arland'] }), mention('diplomacy', { actors: ['Borea'] })]);
    expect(folded.map((m) => m.kind)).toEqual(['measure']);
    expect(folded[0]!.actors).toEqual(['Arland', 'Borea']);
  });

  test('keeps apart a diplomatic step that is what a decision told only as the deciding decided', () => {
    const decided = { citations: [{ source: 'a.txt', quote: 'Arland decided on Sunday to recall its envoy from Borea and to close the Kelvask Pass.' }] };
    expect(foldSentenceActs([mention('measure', decided), mention('diplomacy', decided)]).map((m) => m.kind)).toEqual(['measure', 'diplomacy']);
    const voted = { citations: [{ source: 'a.txt', quote: 'The Borean assembly voted to expel the Arlandese ambassador.' }] };
    expect(foldSentenceActs([mention('measure', voted), mention('diplomacy', voted)])).toHaveLength(2);
  });

  test('keeps a diplomatic step of another sentence, another day or another article apart', () => {
    expect(foldSentenceActs([mention('measure'), mention('diplomacy', { sentence: 5 })])).toHaveLength(2);
    expect(foldSentenceActs([mention('measure'), mention('diplomacy', { time: { date: '2031-03-03', approximate: false } })])).toHaveLength(2);
    expect(foldSentenceActs([mention('measure'), mention('diplomacy', { source: 'b.txt' })])).toHaveLength(2);
  });

  // A step in sentence 2 beside the decision of sentence 4, dated 2 March unless the case says otherwise.
  test.each([
    // "Police closed the two crossings", by the article's time, beside "the president put off the vote on Saturday".
    ['dated only by its context', { dating: 'context' }, {}, 2],
    ['dated only by its context, beside a decision also dated only so', { dating: 'context' }, { dating: 'context' }, 2],
    ['dated by its own words', {}, {}, 2],
    ['dated only by its context, on another day', { dating: 'context', time: { date: '2031-03-03', approximate: false } }, {}, 2],
    ['dated only by its context, in another article', { dating: 'context', source: 'b.txt' }, {}, 2],
  ] as const)('a diplomatic step of another sentence %s makes %i report(s) with the decision', (_, step, decision, expected) => {
    expect(foldSentenceActs([mention('measure', decision), mention('diplomacy', { sentence: 2, ...step })])).toHaveLength(expected);
  });

  test.each(['disrupted-weapons', 'base-established', 'territory-transfer'] as const)('keeps a diplomatic step apart from a measure that is an act on the ground, not a decision: %s', (type) => {
    expect(foldSentenceActs([mention('measure', { type }), mention('diplomacy', { sentence: 2, dating: 'context' })]).map((m) => m.kind)).toEqual(['measure', 'diplomacy']);
  });

  test('keeps a statement about the decision as its own event, and a step with no decision beside it', () => {
    expect(foldSentenceActs([mention('measure'), mention('statement', { speaker: 'Borea' })]).map((m) => m.kind)).toEqual(['measure', 'statement']);
    expect(foldSentenceActs([mention('diplomacy')]).map((m) => m.kind)).toEqual(['diplomacy']);
  });
});

describe('foldSentenceActs: a capture told with a clash is part of it', () => {
  // "The clashes went on into Sunday, and several border guards were taken prisoner."
  const quote = { source: 'a.txt', quote: 'The clashes went on into Sunday, and several border guards were taken prisoner.' };
  test('folds a capture into the clash its own sentence tells on the same day, with its figures', () => {
    const figure = { measure: 'injured' as const, unit: 'people' as const, qualifier: 'exactly' as const, min: 4, max: 4, text: 'four', citation: quote };
    const folded = foldSentenceActs([mention('fighting', { citations: [quote] }), mention('detention', { type: 'arrest', citations: [quote], figures: [figure] })]);
    expect(folded.map((m) => m.kind)).toEqual(['fighting']);
    expect(folded[0]!.figures).toEqual([figure]);
  });

  test('keeps a capture of another sentence, a release, or a capture by the other side apart', () => {
    expect(foldSentenceActs([mention('fighting'), mention('detention', { type: 'arrest', sentence: 5 })])).toHaveLength(2);
    expect(foldSentenceActs([mention('fighting'), mention('detention', { type: 'release' })])).toHaveLength(2);
    expect(foldSentenceActs([mention('strike', { agent: 'Arland' }), mention('detention', { type: 'arrest', agent: 'Borea' })])).toHaveLength(2);
  });

  test('folds a capture its sentence tells with a clash into the clash, whichever side was read as its doer: a clash is both sides\' act', () => {
    // "Arland's cutters opened fire on three Borean boats on Sunday and then seized them", the capture's doer misread as Borea.
    const folded = foldSentenceActs([mention('fighting', { agent: 'Arland' }), mention('detention', { type: 'arrest', agent: 'Borea' })]);
    expect(folded.map((m) => m.kind)).toEqual(['fighting']);
    expect(folded[0]!.folded).toEqual(['detention']);
  });
});

describe('foldSentenceActs: a capture retold on the news day is the tally of the violence days before', () => {
  // Told on Thursday 6 March: "The fighting broke out on Monday near the ford." … "Troops have taken
  // forty raiders prisoner." The capture has no day of its own; the clash was dated 3 March.
  const clash = (extra: Partial<Mention> = {}) => mention('fighting', { sentence: 1, time: { date: '2031-03-03', approximate: false }, ...extra });
  const capture = (extra: Partial<Mention> = {}) =>
    mention('detention', { type: 'arrest', sentence: 6, dating: 'context', time: { date: '2031-03-06', approximate: false }, actors: ['Calda'], ...extra });

  test('folds the capture into the clash its article dated three days before, with its actors', () => {
    const folded = foldSentenceActs([clash(), capture()]);
    expect(folded.map((m) => m.kind)).toEqual(['fighting']);
    expect(folded[0]!.actors).toEqual(['Calda']);
  });

  test.each([
    ['dated by its own words', { dating: 'own' }, {}],
    ['placed by context on a day that is not the news day', { time: { date: '2031-03-05', approximate: false } }, {}],
    ['told in another article', { source: 'b.txt' }, {}],
    ['a release', { type: 'release' }, {}],
    ['by the other side', { agent: 'Borea' }, { agent: 'Arland' }],
    ['four days after the clash', {}, { time: { date: '2031-03-02', approximate: false } }],
    ['beside a clash dated only by context', {}, { dating: 'context' }],
    ['beside a clash told as background', {}, { background: true }],
    ['beside a clash of the news day itself', {}, { time: { date: '2031-03-06', approximate: false } }],
  ] as const)('keeps a capture apart when it is %s', (_, captureExtra, clashExtra) => {
    expect(foldSentenceActs([clash(clashExtra), capture(captureExtra)])).toHaveLength(2);
  });
});

describe('foldSentenceActs: a verdict on a known decision is part of it', () => {
  const vote = mention('measure', { type: 'decision', anaphoric: true, dating: 'context' });
  const verdict = (extra: Partial<Mention> = {}) =>
    mention('statement', { type: 'statement', dating: 'context', speaker: 'Borea', says: 'calls the vote a farce', ...extra });

  test('folds a statement judging the decision its sentence names as known ("Borea called the vote a farce") into that report', () => {
    const folded = foldSentenceActs([vote, verdict({ actors: ['Borea'] })]);
    expect(folded.map((m) => m.kind)).toEqual(['measure']);
    expect(folded[0]!.actors).toEqual(['Borea']);
  });

  test('keeps an appeal, a statement dated by its own words, and one beside a decision told as news apart', () => {
    expect(foldSentenceActs([vote, verdict({ says: 'urges the assembly to think again' })])).toHaveLength(2);
    expect(foldSentenceActs([vote, verdict({ speaker: 'Borea and Calda', says: 'call for a second vote' })])).toHaveLength(2);
    expect(foldSentenceActs([vote, verdict({ dating: 'own' })])).toHaveLength(2);
    expect(foldSentenceActs([{ ...vote, anaphoric: false }, verdict()])).toHaveLength(2);
    expect(foldSentenceActs([vote, verdict({ sentence: 5 })])).toHaveLength(2);
  });
});

describe('foldSentenceActs: words left undated that announce an act their sentence dates are of that act', () => {
  // "The president announced the truce on Monday night", told on Tuesday: the truce is dated
  // 2 March by the sentence's own words, the statement only by the article's day.
  const truce = mention('ceasefire', { time: { date: '2031-03-02', approximate: false } });
  const announcement = (extra: Partial<Mention> = {}) =>
    mention('statement', { type: 'statement', dating: 'context', time: { date: '2031-03-03', approximate: false }, says: 'announces', ...extra });

  test('folds the announcement into the truce', () => {
    expect(foldSentenceActs([truce, announcement()]).map((m) => m.kind)).toEqual(['ceasefire']);
  });

  test('keeps it apart when it is of the same day, dated by its own words, an appeal, or beside violence', () => {
    expect(foldSentenceActs([truce, announcement({ time: { date: '2031-03-02', approximate: false } })])).toHaveLength(2);
    expect(foldSentenceActs([truce, announcement({ dating: 'own' })])).toHaveLength(2);
    expect(foldSentenceActs([truce, announcement({ says: 'urges both armies to hold fire' })])).toHaveLength(2);
    expect(foldSentenceActs([{ ...truce, kind: 'strike' }, announcement()])).toHaveLength(2);
    expect(foldSentenceActs([{ ...truce, dating: 'context' }, announcement()])).toHaveLength(2);
  });

  test('keeps it apart from an act recalled from more than a week before: the words cannot announce it', () => {
    // "Borea called the deal void, saying it overlapped its own pact with Arland, signed in November last year."
    const pact = mention('ceasefire', { time: { date: '2030-11', approximate: false } });
    expect(foldSentenceActs([pact, announcement({ says: 'calls the deal void' })])).toHaveLength(2);
    const lastMonth = mention('ceasefire', { time: { date: '2031-02-20', approximate: false } });
    expect(foldSentenceActs([lastMonth, announcement()])).toHaveLength(2);
  });
});

describe('foldSentenceActs: arms seized in the same breath as a raid', () => {
  // "Gunmen stormed the jetty, took two machine guns and blew up a boat on Monday" (invented).
  const raid = (kind: Mention['kind'], extra: Partial<Mention> = {}) =>
    mention(kind, { citations: [{ source: 'a.txt', quote: 'Gunmen stormed the jetty, took two machine guns and blew up a boat on Monday.' }], ...extra });

  test('are part of the raid, not a measure of their own', () => {
    const folded = foldSentenceActs([raid('fighting'), raid('measure', { type: 'disrupted-weapons' })]);
    expect(folded.map((m) => m.kind)).toEqual(['fighting']);
    expect(folded[0]!.folded).toEqual(['measure']);
  });

  test('stay apart beside a strike (a drone shot down is the other side of it), by the other side, or on another day', () => {
    expect(foldSentenceActs([raid('strike'), raid('measure', { type: 'disrupted-weapons' })]).map((m) => m.kind)).toEqual(['strike', 'measure']);
    expect(foldSentenceActs([raid('fighting', { agent: 'Arland' }), raid('measure', { type: 'disrupted-weapons', agent: 'Borea' })])).toHaveLength(2);
    expect(foldSentenceActs([raid('fighting'), raid('measure', { type: 'disrupted-weapons', time: { date: '2031-03-03', approximate: false } })])).toHaveLength(2);
  });
});

describe('foldSentenceActs: a decision told with the measure it decided is that measure', () => {
  // "Borea declared an emergency in Kelvask province and sent two brigades to the pass on Friday."
  const emergency = { citations: [{ source: 'a.txt', quote: 'Borea declared an emergency in Kelvask province and sent two brigades to the pass on Friday.' }] };
  const decision = (extra: Partial<Mention> = {}) => mention('measure', { type: 'decision', agent: 'Borea', ...emergency, ...extra });
  const sent = (extra: Partial<Mention> = {}) => mention('measure', { type: 'deployment', agent: 'Borea', actors: ['Borea', 'Arland'], ...emergency, ...extra });

  test('folds the decision into the act its sentence tells on the same day, keeping the act', () => {
    const folded = foldSentenceActs([decision({ actors: ['Borea', 'Velmora'] }), sent()]);
    expect(folded.map((m) => m.type)).toEqual(['deployment']);
    expect(folded[0]!.actors).toEqual(['Borea', 'Arland', 'Velmora']);
  });

  test('folds a diplomatic step of that sentence into the act too, not into the decision that went', () => {
    const folded = foldSentenceActs([decision(), sent(), mention('diplomacy', { type: 'border-closed', ...emergency })]);
    expect(folded.map((m) => m.type)).toEqual(['deployment']);
  });

  test('keeps apart a decision of another sentence, day or side, one named as known, and an act on the ground', () => {
    expect(foldSentenceActs([decision({ sentence: 5 }), sent()])).toHaveLength(2);
    expect(foldSentenceActs([decision({ time: { date: '2031-03-03', approximate: false } }), sent()])).toHaveLength(2);
    expect(foldSentenceActs([decision({ agent: 'Arland' }), sent()])).toHaveLength(2);
    expect(foldSentenceActs([decision({ anaphoric: true }), sent()])).toHaveLength(2);
    expect(foldSentenceActs([decision(), sent({ type: 'territory-transfer' })])).toHaveLength(2);
  });
});
