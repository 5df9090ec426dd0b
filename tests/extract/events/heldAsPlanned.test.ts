import { describe, expect, test } from 'vitest';
import { heldAsPlanned } from '../../../scripts/lib/extract/events/heldAsPlanned.ts';
import { mergeCluster } from '../../../scripts/lib/extract/events/mergeCluster.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

let n = 0;
const mention = (date: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date, published: '2031-03-06', kind: 'talks', type: 'talks', sentence: n++, citations: [{ source: extra.source ?? 'a.txt', quote: `q${n}` }], ...extra });
// "The foreign ministers of Arland and Borea will meet next week", told on Thursday 6 March 2031.
const nextWeek = (extra: Partial<Mention> = {}) => mention('2031-03-10', { time: { date: '2031-03-10', endDate: '2031-03-16', approximate: true }, status: 'scheduled', ...extra });
// "The ministers met in Lorvik on Tuesday", told on Wednesday 12 March.
const heldOn = (date: string, extra: Partial<Mention> = {}) => mention(date, { source: 'b.txt', published: '2031-03-12', ...extra });

describe('heldAsPlanned: a plan for a period that a later report says took place is that happening', () => {
  test('joins a plan for next week to the meeting held on a day of that week, which cites both and took place', () => {
    const groups = heldAsPlanned([[nextWeek()], [heldOn('2031-03-11')]]);
    expect(groups).toHaveLength(1);
    const event = mergeCluster(groups[0]!);
    expect([event.date, event.status, event.citations.length]).toEqual(['2031-03-11', 'occurred', 2]);
  });

  test('joins a plan for a month ("a summit in March") to the summit held in it', () => {
    expect(heldAsPlanned([[mention('2031-03', { status: 'scheduled' })], [heldOn('2031-03-20')]])).toHaveLength(1);
  });

  test('keeps a plan for a month apart from a meeting of that month held before the plan was announced', () => {
    expect(heldAsPlanned([[mention('2031-03', { status: 'scheduled' })], [heldOn('2031-03-04', { published: '2031-03-05' })]])).toHaveLength(2);
  });

  test('joins the first meeting held in the period when there are two', () => {
    const first = [heldOn('2031-03-11')];
    const second = [heldOn('2031-03-14', { source: 'c.txt', published: '2031-03-15' })];
    const groups = heldAsPlanned([[nextWeek()], first, second]);
    expect(groups.map((g) => g.length)).toEqual([2, 1]);
  });

  test.each([
    ['held after the period', [heldOn('2031-03-18')]],
    ['of another kind', [heldOn('2031-03-11', { kind: 'ceasefire', type: 'ceasefire' })]],
    ['of another body', [heldOn('2031-03-11', { who: 'the army chiefs' })]],
    ['itself only planned', [heldOn('2031-03-11', { status: 'scheduled' })]],
    ['put off', [heldOn('2031-03-11', { phase: 'postpone' })]],
  ] as const)('keeps the plan apart from a meeting %s', (_, other) => {
    expect(heldAsPlanned([[nextWeek({ who: 'the foreign ministers' })], [...other]])).toHaveLength(2);
  });

  test('leaves a plan for one day to the clustering of that day: a meeting held the day after is another report', () => {
    expect(heldAsPlanned([[mention('2031-03-10', { status: 'scheduled' })], [heldOn('2031-03-11')]])).toHaveLength(2);
  });
});
