import { describe, expect, test } from 'vitest';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';
import { heldByDecision } from '../../../scripts/lib/extract/events/heldByDecision.ts';

let n = 0;
const mention = (date: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date, published: '2031-03-10', kind: 'talks', status: 'scheduled', sentence: n++, citations: [{ source: extra.source ?? 'a.txt', quote: `q${n}` }], ...extra });
const plan = mention('2031-03-13', { who: 'the Northern League council' });
const decision = (date: string, agent: string, published = '2031-03-15') =>
  mention(date, { source: 'b.txt', published, kind: 'measure', type: 'decision', status: 'occurred', agent, citations: [{ source: 'b.txt', quote: 'The council voted late on Friday to send observers.' }] });
const statuses = (clusters: Mention[][]) => clusters[0]!.map((m) => m.status);

describe('heldByDecision: a body that decided met', () => {
  test('turns a planned meeting held when a later report tells of the body deciding that day or the next', () => {
    const clusters = heldByDecision([[plan], [decision('2031-03-14', 'Northern League council')]]);
    expect(statuses(clusters)).toEqual(['scheduled', 'occurred']);
    expect(clusters[0]![1]!.citations[0]!.source).toBe('b.txt');
    // The held meeting keeps the plan's day, and the decision stays its own happening.
    expect(clusters[0]![1]!.time.date).toBe('2031-03-13');
    expect(clusters[1]!).toHaveLength(1);
  });

  test.each([
    ['another body decided', decision('2031-03-13', 'Southern Assembly')],
    ['the decision came two days after the planned day', decision('2031-03-15', 'Northern League council')],
    ['the decision came the day before the planned day', decision('2031-03-12', 'Northern League council')],
    ['the decision was reported before the plan', decision('2031-03-13', 'Northern League council', '2031-03-09')],
  ])('leaves the plan scheduled when %s', (_why, other) => {
    expect(statuses(heldByDecision([[plan], [other]]))).toEqual(['scheduled']);
  });

  test('leaves a plan of unnamed participants scheduled', () => {
    const unnamed = mention('2031-03-13');
    expect(statuses(heldByDecision([[unnamed], [decision('2031-03-13', 'Northern League council')]]))).toEqual(['scheduled']);
  });
});
