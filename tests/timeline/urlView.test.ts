import { describe, expect, test } from 'vitest';
import { NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import { readUrlView, urlForView, wantedEvent } from '../../src/client/timeline/urlView.ts';
import type { Known } from '../../src/client/timeline/viewState.ts';

const known: Known = { kinds: new Set(['talks', 'fighting']), actors: new Set(), sources: new Set(), ids: new Set(['a', 'b', 'with space']) };

describe('readUrlView', () => {
  test('reads a story\'s own link, #event-…, as the selection', () => {
    expect(readUrlView(new URL('https://x/embed/#event-a'), known).state.event).toBe('a');
    expect(readUrlView(new URL('https://x/embed/#event-with%20space'), known).state.event).toBe('with space');
  });

  test('lets the query\'s event win over the fragment\'s', () => {
    expect(readUrlView(new URL('https://x/?event=b#event-a'), known).state.event).toBe('b');
  });

  test('warns of a fragment naming no event of the page, and selects nothing', () => {
    const { state, warnings } = readUrlView(new URL('https://x/#event-nope'), known);
    expect(state.event).toBeUndefined();
    expect(warnings).toEqual(['invalid event: nope (expected the id of an event on this page)']);
  });

  test('leaves other fragments alone', () => {
    expect(readUrlView(new URL('https://x/#events-heading'), known).state.event).toBeUndefined();
  });
});

describe('urlForView', () => {
  test('writes the view\'s query and drops a story fragment the selection replaces', () => {
    expect(urlForView(new URL('https://x/#event-a'), { filters: NO_FILTERS, event: 'b' })).toBe('/?event=b');
  });

  test('keeps any other fragment, and writes no query for the default view', () => {
    expect(urlForView(new URL('https://x/?event=a#events-heading'), { filters: NO_FILTERS })).toBe('/#events-heading');
  });
});

describe('wantedEvent', () => {
  test.each([
    ['https://x/?event=a', 'a'],
    ['https://x/#event-b', 'b'],
    ['https://x/?event=a#event-b', 'a'],
    ['https://x/?kinds=talks', undefined],
  ])('reads the event %s names, whether or not the page holds it: %s', (url, expected) => {
    expect(wantedEvent(new URL(url))).toBe(expected);
  });
});
