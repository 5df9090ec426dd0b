import { describe, expect, test } from 'vitest';
import { foldUndatedViolence } from '../../../scripts/lib/extract/events/foldUndatedViolence.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// "The mill at Orsk was stormed and set alight by rioters on Wednesday, and 40 workers were hurt,
// the owners said", told on Thursday 6 March 2031.
const quote = { source: 'a.txt', quote: 'The mill at Orsk was stormed and set alight by rioters on Wednesday, and 40 workers were hurt, the owners said.' };
const mention = (kind: Mention['kind'], extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-05', published: '2031-03-06', kind, sentence: 3, citations: [quote], ...extra });
const undated = (kind: Mention['kind'], extra: Partial<Mention> = {}) => mention(kind, { time: { date: '2031-03-06', approximate: false }, dating: 'context', ...extra });
const injured = { measure: 'injured' as const, unit: 'people' as const, min: 40, max: 40, qualifier: 'exactly' as const, text: '40', citation: quote };

describe('foldUndatedViolence: violence a sentence dates once is one happening of that day', () => {
  test('folds an attack the sentence leaves undated into the riot it dates, with its figures and actors', () => {
    const folded = foldUndatedViolence([mention('protest'), undated('civilians', { figures: [injured], actors: ['Taloria'] })]);
    expect(folded.map((m) => [m.kind, m.time.date])).toEqual([['protest', '2031-03-05']]);
    expect(folded[0]!.figures.map((f) => f.text)).toEqual(['40']);
    expect(folded[0]!.actors).toEqual(['Taloria']);
  });

  test.each([
    ['of another sentence', { sentence: 4 }],
    ['of another article', { source: 'b.txt' }],
    ['that is no violence (an evacuation)', { kind: 'humanitarian' }],
    ['told as breaking out', { phase: 'begin' }],
    ['told as the background of the news', { background: true }],
    ['told as planned', { status: 'scheduled' }],
  ] as const)('keeps apart an undated report %s', (_, extra) => {
    expect(foldUndatedViolence([mention('fighting'), undated('strike', extra as Partial<Mention>)])).toHaveLength(2);
  });

  test('takes no date from violence the sentence tells as background: "after Sunday\'s clashes, shelling resumed"', () => {
    expect(foldUndatedViolence([mention('fighting', { background: true }), undated('strike')])).toHaveLength(2);
  });

  test('keeps an undated report of the same day as the dated one for the clustering to join', () => {
    expect(foldUndatedViolence([mention('fighting'), undated('strike', { time: { date: '2031-03-05', approximate: false } })])).toHaveLength(2);
  });
});
