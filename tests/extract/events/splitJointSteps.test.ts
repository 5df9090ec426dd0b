import { describe, expect, test } from 'vitest';
import { clusterMentions } from '../../../scripts/lib/extract/events/clusterMentions.ts';
import { splitJointSteps } from '../../../scripts/lib/extract/events/splitJointSteps.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// "Arland and Borea each recalled their ambassadors on Tuesday", told on Wednesday 12 March 2031.
const step = (extra: Partial<Mention> = {}): Mention =>
  mentionOf({
    date: '2031-03-11',
    published: '2031-03-12',
    kind: 'diplomacy',
    type: 'envoy-recalled',
    agent: 'Arland and Borea',
    actors: ['Arland', 'Borea'],
    citations: [{ source: 'a.txt', quote: 'Arland and Borea each recalled their ambassadors on Tuesday.' }],
    ...extra,
  });

describe('splitJointSteps: a one-sided step two governments both took is two steps', () => {
  test('splits a recall by two parties into one report per party, each with the same words and day', () => {
    const split = splitJointSteps([step()]);
    expect(split.map((m) => [m.agent, m.time.date, m.citations[0]!.quote])).toEqual([
      ['Arland', '2031-03-11', 'Arland and Borea each recalled their ambassadors on Tuesday.'],
      ['Borea', '2031-03-11', 'Arland and Borea each recalled their ambassadors on Tuesday.'],
    ]);
  });

  test('splits a border closed by three parties listed with commas', () => {
    expect(splitJointSteps([step({ type: 'border-closed', agent: 'Arland, Borea and Corvia' })]).map((m) => m.agent)).toEqual(['Arland', 'Borea', 'Corvia']);
  });

  test('keeps the two recalls apart when they are clustered, and a report naming one side joins its own', () => {
    const bySide = step({ source: 'b.txt', agent: 'Borea', citations: [{ source: 'b.txt', quote: 'Borea called its envoy home on Tuesday.' }] });
    const groups = clusterMentions([...splitJointSteps([step()]), bySide]).clusters;
    expect(groups.map((g) => g.map((m) => `${m.agent}@${m.source}`))).toEqual([['Arland@a.txt'], ['Borea@a.txt', 'Borea@b.txt']]);
  });

  test.each([
    ['a joint act (ties restored)', { type: 'relations-restored' }],
    ['a step of one party', { agent: 'Arland' }],
    ['a step of no named party', { agent: undefined }],
    ['another kind (a joint statement)', { kind: 'statement', type: 'statement' }],
  ] as const)('leaves %s as one report', (_, extra) => {
    expect(splitJointSteps([step(extra as Partial<Mention>)])).toHaveLength(1);
  });
});
