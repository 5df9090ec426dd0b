import { describe, expect, test } from 'vitest';
import { matcher, NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';
import { parseViewState, serializeViewState, type Known } from '../../src/client/timeline/viewState.ts';

const event = (id: string, place?: string): TimelineEvent => ({
  id, start: 0, end: 1, point: true, approximate: false, kind: 'fighting', status: 'occurred',
  actors: [], sources: [], title: id, text: id, index: 0, ...(place ? { place } : {}),
});
const EVENTS = [event('a', 'Surin'), event('b', 'Ta Kwai temple'), event('c')];
const known: Known = { kinds: new Set(['fighting']), actors: new Set(), sources: new Set(), ids: new Set(['a', 'b', 'c']), places: new Set(['Surin', 'Ta Kwai temple']) };

describe('the place filter the map sets', () => {
  test('keeps the events located at any place given, and no event without a place', () => {
    expect(EVENTS.filter(matcher({ ...NO_FILTERS, places: new Set(['Ta Kwai temple']) })).map((e) => e.id)).toEqual(['b']);
    expect(EVENTS.filter(matcher({ ...NO_FILTERS, places: new Set(['Surin', 'Ta Kwai temple']) })).map((e) => e.id)).toEqual(['a', 'b']);
    expect(EVENTS.filter(matcher({ ...NO_FILTERS, places: new Set() })).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  test('reads ?places= from a link, dropping with a warning a place the page does not map', () => {
    const { state, warnings } = parseViewState(new URLSearchParams('places=Ta%20Kwai%20temple,Atlantis'), known);
    expect([...state.filters.places!]).toEqual(['Ta Kwai temple']);
    expect(warnings).toEqual(['invalid places: Atlantis (expected one of Surin, Ta Kwai temple)']);
  });

  test('writes the places back into the query, sorted, and leaves them out when there are none', () => {
    expect(serializeViewState({ filters: { ...NO_FILTERS, places: new Set(['Ta Kwai temple', 'Surin']) } }).toString()).toBe('places=Surin%2CTa+Kwai+temple');
    expect(serializeViewState({ filters: NO_FILTERS }).toString()).toBe('');
  });

  test('on a page that knows no places, any ?places= is dropped with a warning', () => {
    const { state, warnings } = parseViewState(new URLSearchParams('places=Surin'), { ...known, places: undefined });
    expect(state.filters.places?.size ?? 0).toBe(0);
    expect(warnings).toHaveLength(1);
  });
});

describe('countFiltered with a place filter', () => {
  test('counts the events still in pieces as not shown, as for any other filter, since they must come first', async () => {
    const { countFiltered } = await import('../../src/client/timeline/countFiltered.ts');
    expect(countFiltered(EVENTS, { ...NO_FILTERS, places: new Set(['Surin']) }, 500)).toMatchObject({ shown: 1, total: 503 });
    expect(countFiltered(EVENTS, NO_FILTERS, 500)).toMatchObject({ shown: 503, total: 503 });
  });
});
