import { describe, expect, test } from 'vitest';
import { KINDS } from '../../src/lib/eventSchema.ts';
import { selectionOf } from '../../src/client/timeline/selectionOf.ts';
import type { TimelineEvent } from '../../src/client/timeline/timelineEvent.ts';

const event = (id: string, title: string): TimelineEvent => ({
  id, start: 0, end: 1, point: true, approximate: false, kind: KINDS[0]!, status: 'occurred',
  actors: [], sources: [], title, text: title.toLowerCase(), index: 0,
});
const SHOWN = [event('a', 'Border closed'), event('b', 'Talks resume'), event('c', 'Ceasefire agreed')];

describe('selectionOf', () => {
  test('finds the event shown with that id and says its place among those shown', () => {
    expect(selectionOf(SHOWN, 'b')).toEqual({ event: SHOWN[1], announcement: 'Talks resume. Event 2 of 3.' });
  });

  test.each([
    ['an id no shown event has (a filter hid it)', 'z'],
    ['no id', undefined],
  ])('selects nothing for %s', (_, id) => {
    expect(selectionOf(SHOWN, id)).toEqual({});
  });
});
