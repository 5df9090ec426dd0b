import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { fatesOf } from '../../../scripts/lib/extract/explain/fatesOf.ts';
import { explainArticle } from '../../../scripts/lib/extract/explain/explainArticle.ts';
import { formatExplanation } from '../../../scripts/lib/extract/explain/formatExplanation.ts';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';
import { mentionOf } from '../../helpers/mention.ts';

const body = [
  'Arlandese troops clashed with Borean soldiers at the Kelvask Pass on Monday and took three Borean soldiers prisoner.',
  'Shelling hit villages near the Kelvask Pass on Monday.',
  'On Tuesday Borea recalled its ambassador from Arlandia City.',
].join(' ');
const now = DateTime.fromISO('2026-11-22', { zone: 'UTC' });
const { file, trace } = extractEvents({ articles: [article('kelvask.txt', body, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
const explained = explainArticle(trace.analyses[0]!, trace.mentions, file.events, trace.fates);
const fateOf = (sentence: number, kind: string) => trace.fates[trace.mentions.findIndex((m) => m.sentence === sentence && m.kind === kind)]!;

describe('the trace says which step took each report as built, and into what', () => {
  test('a report folded into another of its sentence names the fold step and the report it joined', () => {
    const capture = fateOf(0, 'detention');
    expect(capture.steps).toEqual(['folded into the fighting mention of sentence 0 (2024-03-18), the same sentence, by foldSentenceActs']);
    expect(capture.event).toBe(fateOf(0, 'fighting').event);
    expect(capture.by).toBe('foldSentenceActs');
    expect(fateOf(0, 'fighting').steps).toEqual([]);
  });

  test('a report merged into another report\'s group names clusterMentions and the group it joined', () => {
    const shelling = fateOf(1, 'strike');
    expect(shelling.steps).toEqual([expect.stringMatching(/^merged by clusterMentions \(another kind, same day\) into the group of the fighting 2024-03-18 of kelvask\.txt \[0\]/)]);
    expect(shelling.as).toBe('another kind, same day');
    expect(shelling.event).toBe(fateOf(0, 'fighting').event);
    expect(shelling.by).toBe('clusterMentions');
  });

  test('a report that founds its own event has no step and its own event', () => {
    const recall = fateOf(2, 'diplomacy');
    expect(recall.steps).toEqual([]);
    expect(recall.by).toBeUndefined();
    expect(file.events.find((e) => e.id === recall.event)?.kind).toBe('diplomacy');
  });

  test('every report as built has a fate, by its index', () => {
    expect(trace.fates).toHaveLength(trace.mentions.length);
    expect(trace.mentions.map((m) => m.origin)).toEqual(trace.mentions.map((_, i) => i));
  });

  test('the verdict of a sentence whose report was taken names the step; the lines show each step and the event', () => {
    expect(explained[1]!.verdict).toMatch(/^merged: strike 2024-03-18 merged by clusterMentions \(another kind, same day\) into the group of the fighting .*, in 2024-03-18-fighting$/);
    expect(explained[2]!.verdict).toBe('event 2024-03-19-diplomacy');
    const lines = formatExplanation('kelvask.txt', '2024-03-20', explained);
    const at = lines.indexOf('    mention detention 2024-03-18 occurred by own date');
    expect(lines.slice(at + 1, at + 3)).toEqual([
      '      folded into the fighting mention of sentence 0 (2024-03-18), the same sentence, by foldSentenceActs',
      '      → event 2024-03-18-fighting',
    ]);
  });

  test('a report named as known that no group takes is left out by clustering, in no event', () => {
    const told = 'Arlandese troops shelled the Halvane crossing on Monday. On Tuesday Borea said the ceasefire was holding.';
    const { trace: known, file: knownFile } = extractEvents({ articles: [article('known.txt', told, '2024-03-20')], lexicon: invented, now, locale: 'en-GB' });
    const truce = known.fates[known.mentions.findIndex((m) => m.kind === 'ceasefire')]!;
    expect(truce).toEqual({ steps: ['left out by clusterMentions: named as known, and no group of its kind and date took it'], by: 'clusterMentions' });
    const verdict = explainArticle(known.analyses[0]!, known.mentions, knownFile.events, known.fates)[1]!.verdict;
    expect(verdict).toMatch(/^(?:lost|anaphoric): ceasefire 2024-03-19 left out by clusterMentions: named as known/);
  });
});

describe('fatesOf says how a merged report stood to the group it joined', () => {
  const at = (origin: number, kind: 'fighting' | 'strike', date: string, extra: { anaphoric?: boolean } = {}) =>
    mentionOf({ date, published: '2031-03-05', kind, sentence: origin, origin, citations: [{ source: 'a.txt', quote: `s${origin}` }], ...extra });
  const built = [at(0, 'fighting', '2031-03-02'), at(1, 'fighting', '2031-03-02'), at(2, 'strike', '2031-03-02'), at(3, 'fighting', '2031-03-03'), at(4, 'strike', '2031-03-03', { anaphoric: true })];
  const citations = built.map((m) => m.citations[0]!);
  const fates = fatesOf({
    built,
    folds: new Map(),
    clustered: [built],
    left: [],
    joins: new Map(),
    grouped: [{ members: built, draft: { kind: 'fighting', date: '2031-03-02', citations } }],
    events: [{ id: 'e1', kind: 'fighting', date: '2031-03-02', citations }],
  });

  test('of its kind and day, of another kind that day, of a later day, or named as known', () => {
    expect(fates.map((f) => f.as)).toEqual([undefined, 'its kind and day', 'another kind, same day', 'a later day', 'named as known']);
    expect(fates.every((f) => f.event === 'e1')).toBe(true);
    expect(fates[0]!.by).toBeUndefined();
    expect(fates.slice(1).every((f) => f.by === 'clusterMentions')).toBe(true);
  });
});
