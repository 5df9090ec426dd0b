import { describe, expect, test } from 'vitest';
import { KINDS, type Kind } from '../../src/lib/eventSchema.ts';
import { countFiltered } from '../../src/client/timeline/countFiltered.ts';
import { NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const [A, B] = KINDS;
const event = (id: string, kind: Kind = A!, actors: string[] = []): TimelineEvent => ({
  id, start: 0, end: 1, point: true, approximate: false, kind, status: 'occurred', actors, sources: [], title: id, text: id, index: 0,
});
const EVENTS = [event('a', A, ['Thailand']), event('b', B, ['Thailand']), event('c', B, ['Cambodia'])];

describe('countFiltered', () => {
  test('shows every event and counts each kind when nothing is filtered', () => {
    const { visible, perKind, shown, total } = countFiltered(EVENTS, NO_FILTERS);
    expect(visible.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(Object.fromEntries(perKind)).toEqual({ [A!]: 1, [B!]: 2 });
    expect([shown, total]).toEqual([3, 3]);
  });

  test('counts for each kind what ticking it would show under the other filters', () => {
    const { visible, perKind, shown } = countFiltered(EVENTS, { ...NO_FILTERS, kinds: new Set([A!]), actors: new Set(['Thailand']) });
    expect(visible.map((e) => e.id)).toEqual(['a']);
    expect(Object.fromEntries(perKind)).toEqual({ [A!]: 1, [B!]: 1 });
    expect(shown).toBe(1);
  });

  test('counts events still in pieces as shown until a filter is set, and always in the total', () => {
    expect(countFiltered(EVENTS, NO_FILTERS, 500)).toMatchObject({ shown: 503, total: 503 });
    expect(countFiltered(EVENTS, { ...NO_FILTERS, q: 'c' }, 500)).toMatchObject({ shown: 1, total: 503 });
    expect(countFiltered(EVENTS, { ...NO_FILTERS, q: '   ' }, 500)).toMatchObject({ shown: 503 });
  });
});
