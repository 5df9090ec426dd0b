import { describe, expect, test } from 'vitest';
import { redateRetellings } from '../../../scripts/lib/extract/events/redateRetellings.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// An article of 1 October 2031: sentence 2 dates a drone brought down on 2 May by its own words;
// sentence 7 tells it again with no day of its own, placed on the news day for want of another.
const mention = (extra: Partial<Mention> = {}): Mention =>
  mentionOf({
    date: '2031-10-01',
    published: '2031-10-01',
    kind: 'measure',
    type: 'disrupted-weapons',
    sentence: 7,
    dating: 'context',
    citations: [{ source: 'a.txt', quote: 'Borea says the drone was brought down near the wells.' }],
    ...extra,
  });
const downed = mention({ sentence: 2, dating: 'own', time: { date: '2031-05-02', approximate: false } });

describe('redateRetellings: a step told again on the news day is the step its article dated before', () => {
  test('gives the retelling the date of the step and makes it a report that only joins it', () => {
    const [, retold] = redateRetellings([downed, mention()]);
    expect(retold!.time.date).toBe('2031-05-02');
    expect(retold!.anaphoric).toBe(true);
  });

  test('takes the latest such step before the news day', () => {
    const later = { ...downed, sentence: 3, time: { date: '2031-06-20', approximate: false } };
    expect(redateRetellings([downed, later, mention()])[2]!.time.date).toBe('2031-06-20');
  });

  test.each([
    ['dated by its own words', { dating: 'own' }, {}],
    ['placed by context on a day that is not the news day', { time: { date: '2031-09-30', approximate: false } }, {}],
    ['told in another article', { source: 'b.txt' }, {}],
    ['told before the step in the article', { sentence: 1 }, {}],
    ['of another type', { type: 'decision' }, {}],
    ['of another phase', { phase: 'collapse' }, { phase: 'agree' }],
    ['a plan', { status: 'scheduled' }, {}],
    ['a kind that comes in rounds', { kind: 'fighting', type: 'armed-clash' }, { kind: 'fighting', type: 'armed-clash' }],
    ['beside a step told only as background', {}, { background: true }],
    ['beside a step dated only to its month', {}, { time: { date: '2031-05', approximate: false } }],
  ] as const)('leaves a report on the news day when it is %s', (_, retelling, step) => {
    const out = redateRetellings([{ ...downed, ...step }, mention(retelling)]);
    expect(out[1]!.time).toEqual(mention(retelling).time);
    expect(out[1]!.anaphoric).toBe(false);
  });
});
