import { describe, expect, test } from 'vitest';
import { knownValues } from '../../src/client/timeline/knownValues.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const event = (id: string, kind: TimelineEvent['kind'], actors: string[], sources: string[], place?: string): TimelineEvent => ({
  id, start: 0, end: 1, point: true, approximate: false, kind, status: 'occurred', actors, sources, ...(place ? { place } : {}), title: id, text: id, index: 0,
});
const EVENTS = [event('a', 'fighting', ['Thailand'], ['x.txt'], 'Surin'), event('b', 'talks', ['Thailand', 'Cambodia'], ['y.txt'])];

describe('knownValues', () => {
  test('knows the kinds, actors, sources, places and ids of the events at hand', () => {
    const known = knownValues(EVENTS);
    expect([...known.kinds]).toEqual(['fighting', 'talks']);
    expect([...known.actors]).toEqual(['Thailand', 'Cambodia']);
    expect([...known.sources]).toEqual(['x.txt', 'y.txt']);
    expect([...known.places!]).toEqual(['Surin']);
    expect([...known.ids]).toEqual(['a', 'b']);
  });

  test("takes a large archive's actors and sources from its manifest, since most of its events are still in pieces", () => {
    const known = knownValues(EVENTS, { actors: ['ASEAN'], sources: ['z.txt'] });
    expect([...known.actors]).toEqual(['ASEAN']);
    expect([...known.sources]).toEqual(['z.txt']);
    expect([...known.ids]).toEqual(['a', 'b']);
  });
});
