import { describe, expect, test } from 'vitest';
import { foldAnnouncedPlans } from '../../../scripts/lib/extract/events/foldAnnouncedPlans.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// "The two prime ministers will meet in Lorvik on Monday to settle the river dispute, the
// mediators announced on Thursday", told on Thursday 6 March 2031.
const quote = { source: 'a.txt', quote: 'The two prime ministers will meet in Lorvik on Monday to settle the river dispute, the mediators announced on Thursday.' };
const plan = (date: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date, published: '2031-03-06', kind: 'talks', type: 'talks', sentence: 2, status: 'scheduled', citations: [quote], ...extra });

describe('foldAnnouncedPlans: a plan one sentence dates twice is the plan of its later day', () => {
  test('folds the plan dated the day it was announced into the plan dated after, keeping its actors', () => {
    const folded = foldAnnouncedPlans([plan('2031-03-10', { actors: ['Arland'] }), plan('2031-03-06', { actors: ['Borea'] })]);
    expect(folded.map((m) => m.time.date)).toEqual(['2031-03-10']);
    expect(folded[0]!.actors).toEqual(['Arland', 'Borea']);
  });

  test('folds a plan dated before the news day too ("agreed on Tuesday to meet next week")', () => {
    expect(foldAnnouncedPlans([plan('2031-03-04'), plan('2031-03-12')]).map((m) => m.time.date)).toEqual(['2031-03-12']);
  });

  test.each([
    ['in another sentence', { sentence: 3 }],
    ['in another article', { source: 'b.txt', published: '2031-03-06' }],
    ['of another kind', { kind: 'ceasefire', type: 'ceasefire' }],
    ['of another body', { who: 'the foreign ministers' }],
    ['told as having taken place', { status: 'occurred' }],
    ['put off', { phase: 'postpone' }],
  ] as const)('keeps apart a report of the news day %s', (_, extra) => {
    expect(foldAnnouncedPlans([plan('2031-03-10'), plan('2031-03-06', extra)])).toHaveLength(2);
  });

  test('keeps two plans a sentence dates after the news day: each day may be a meeting of its own', () => {
    expect(foldAnnouncedPlans([plan('2031-03-10'), plan('2031-03-12')])).toHaveLength(2);
  });

  test('keeps a lone plan of the news day: "the ministers meet today"', () => {
    expect(foldAnnouncedPlans([plan('2031-03-06')])).toHaveLength(1);
  });
});
