import { describe, expect, test } from 'vitest';
import { foldInto } from '../../../scripts/lib/extract/events/foldInto.ts';
import { traceFolds } from '../../../scripts/lib/extract/explain/traceFolds.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

const clash = mentionOf({ date: '2031-03-02', published: '2031-03-04', kind: 'fighting', sentence: 1, origin: 0 });
const capture = mentionOf({ date: '2031-03-02', published: '2031-03-04', kind: 'detention', sentence: 1, origin: 1 });
const recall = mentionOf({ date: '2031-03-03', published: '2031-03-04', kind: 'diplomacy', sentence: 2, origin: 2 });
const captureIntoClash = (ms: readonly Mention[]) => foldInto(ms, (m) => (m.kind === 'detention' ? ms.find((c) => c.kind === 'fighting') : undefined));

describe('traceFolds says which fold step took a report, and into which', () => {
  test('names the step and the report a capture was folded into; the others have no note', () => {
    const { mentions, notes } = traceFolds([clash, capture, recall], [['byClash', captureIntoClash]]);
    expect(mentions.map((m) => m.origin)).toEqual([0, 2]);
    expect(notes.get(1)).toEqual([{ step: 'byClash', into: 0, how: 'folded into the fighting mention of sentence 1 (2031-03-02), the same sentence, by byClash', removed: true }]);
    expect(notes.has(0) || notes.has(2)).toBe(false);
  });

  test('a report a step drops into nothing, and one it redates, are noted so', () => {
    const drop = (ms: readonly Mention[]) => ms.filter((m) => m.kind !== 'diplomacy');
    const redate = (ms: readonly Mention[]) => ms.map((m) => (m.kind === 'fighting' ? { ...m, time: { ...m.time, date: '2031-03-01' }, anaphoric: true } : m));
    const { notes } = traceFolds([clash, recall], [['drop', drop], ['redate', redate]]);
    expect(notes.get(2)).toEqual([{ step: 'drop', how: 'dropped by drop', removed: true }]);
    expect(notes.get(0)).toEqual([{ step: 'redate', how: 'redated 2031-03-02 → 2031-03-01, named as known, by redate', removed: false }]);
  });
});
