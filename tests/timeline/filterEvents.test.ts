import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { matcher, NO_FILTERS, type Filters } from '../../src/client/timeline/filterEvents.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const [A, B] = KINDS;
const day = (d: number) => Date.UTC(2025, 6, d);

/** A timeline event on July `from` (to the day before `to`), with what a test needs. */
const event = (id: string, from: number, to: number, more: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id, start: day(from), end: day(to), point: to - from === 1, approximate: false, kind: A!, status: 'occurred',
  actors: [], sources: [], title: id, text: id, index: 0, ...more,
});

const EVENTS = [
  event('shelling', 24, 25, { kind: A!, actors: ['Thailand', 'Cambodia'], sources: ['a.txt'], text: 'shelling near the temple' }),
  event('talks', 28, 29, { kind: B!, actors: ['Malaysia'], sources: ['a.txt', 'b.txt'], text: 'talks begin in kuala lumpur' }),
  event('truce', 26, 31, { kind: B!, actors: ['Cambodia'], sources: ['b.txt'], text: 'a truce is agreed' }),
];
const ids = (filters: Filters, ignore?: 'kinds') => EVENTS.filter(matcher(filters, ignore)).map((e) => e.id);

describe('matcher', () => {
  test.each<[string, Partial<Filters>, string[]]>([
    ['no filter keeps every event', {}, ['shelling', 'talks', 'truce']],
    ['kinds keep the events of any kind named', { kinds: new Set([B!]) }, ['talks', 'truce']],
    ['actors keep events naming any actor given', { actors: new Set(['Cambodia', 'Malaysia']) }, ['shelling', 'talks', 'truce']],
    ['an actor no event names keeps none', { actors: new Set(['Laos']) }, []],
    ['sources keep events citing any source given', { sources: new Set(['b.txt']) }, ['talks', 'truce']],
    ['filters of different fields must all hold', { kinds: new Set([B!]), actors: new Set(['Cambodia']) }, ['truce']],
    ['a search needs every word, in any case and order', { q: '  Kuala   TALKS ' }, ['talks']],
    ['a search with a word no event has keeps none', { q: 'talks geneva' }, []],
    ['a range keeps events overlapping it', { within: [day(25), day(28)] }, ['truce']],
    ['a range leaves out an event that ends where it starts and one that starts where it ends', { within: [day(25), day(26)] }, []],
    ['a range keeps an event spanning it whole', { within: [day(27), day(28)] }, ['truce']],
  ])('%s', (_name, filters, expected) => {
    expect(ids({ ...NO_FILTERS, ...filters })).toEqual(expected);
  });

  test('ignoring kinds applies every other filter, to count what each kind would show', () => {
    const filters = { ...NO_FILTERS, kinds: new Set([A!]), sources: new Set(['b.txt']) };
    expect(ids(filters)).toEqual([]);
    expect(ids(filters, 'kinds')).toEqual(['talks', 'truce']);
  });
});
