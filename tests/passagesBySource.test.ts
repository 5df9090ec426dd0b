import { describe, expect, test } from 'vitest';
import { Event, type Citation } from '../src/lib/eventSchema.ts';
import { quoteFinder } from '../src/lib/findQuote.ts';
import { passagesBySource } from '../src/lib/passagesBySource.ts';

const BODIES: Record<string, string> = {
  'a.txt': 'Shelling hit two villages. At least 12 people were hurt. Talks were called off.',
  'b.txt': 'Both sides traded fire overnight.',
};
const passageOf = (c: Citation) => quoteFinder(BODIES[c.source]!)(c.quote)!;
const event = (id: string, fields: Record<string, unknown>) =>
  Event.parse({ id, date: '2025-07-24', kind: 'fighting', status: 'occurred', title: id, summary: id, ...fields });

describe('passagesBySource', () => {
  test('gathers the passages of event, figure and claim citations by article, in text order', () => {
    const shelling = event('shelling', {
      citations: [{ source: 'a.txt', quote: 'Shelling hit two villages.' }, { source: 'b.txt', quote: 'traded fire' }],
      figures: [{ measure: 'injured', unit: 'people', min: 12, qualifier: 'at-least', text: 'At least 12', citation: { source: 'a.txt', quote: 'At least 12 people were hurt.' } }],
    });
    const talks = event('talks', {
      kind: 'talks',
      citations: [{ source: 'a.txt', quote: 'Talks were called off.' }],
      claims: [{ about: 'brokered-by', values: ['Nobody'], citation: { source: 'a.txt', quote: 'At least 12 people were hurt.' } }],
    });
    expect(passagesBySource([talks, shelling], passageOf)).toEqual(new Map([
      ['a.txt', [
        { start: 0, end: 26, eventIds: ['shelling'] },
        { start: 27, end: 56, eventIds: ['talks', 'shelling'] },
        { start: 57, end: 79, eventIds: ['talks'] },
      ]],
      ['b.txt', [{ start: 11, end: 22, eventIds: ['shelling'] }]],
    ]));
  });

  test('lists an event once for a passage it cites twice, and leaves out articles nobody cites', () => {
    const twice = event('twice', {
      citations: [{ source: 'b.txt', quote: 'Both sides' }],
      figures: [],
      claims: [{ about: 'brokered-by', values: ['X'], citation: { source: 'b.txt', quote: 'Both  sides' } }],
    });
    expect(passagesBySource([twice], passageOf)).toEqual(new Map([['b.txt', [{ start: 0, end: 10, eventIds: ['twice'] }]]]));
  });
});
