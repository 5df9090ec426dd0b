import { describe, expect, test } from 'vitest';
import { parseViewState, serializeViewState, type Known } from '../src/scripts/timeline/viewState.ts';

const known: Known = {
  kinds: new Set(['fighting', 'talks', 'humanitarian', 'measure']),
  actors: new Set(['Thailand', 'Cambodia']),
  sources: new Set(['a.txt']),
  ids: new Set(['2025-12-24-talks']),
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), known);

describe('parseViewState', () => {
  test('reads the kinds a link names, keeping only those on the page', () => {
    const { state, warnings } = parse('kinds=talks,battle');
    expect([...state.filters.kinds]).toEqual(['talks']);
    expect(warnings).toEqual(['invalid kinds: battle (expected one of fighting, talks, humanitarian, measure)']);
  });

  test.each([
    ['casualties', 'fighting'],
    ['displacement', 'humanitarian'],
    ['other', 'measure'],
  ])('reads the old kind %s in an existing link or embed as %s, and says so', (old, kind) => {
    const { state, warnings } = parse(`kinds=talks,${old}`);
    expect([...state.filters.kinds]).toEqual(['talks', kind]);
    expect(warnings).toEqual([`renamed kinds: ${old} is now ${kind} (update the link)`]);
  });

  test('drops an old kind whose new kind has no events on the page, naming both', () => {
    const { state, warnings } = parseViewState(new URLSearchParams('kinds=displacement'), { ...known, kinds: new Set(['talks']) });
    expect(state.filters.kinds.size).toBe(0);
    expect(warnings).toEqual(['renamed kinds: displacement is now humanitarian (update the link)', 'invalid kinds: humanitarian (expected one of talks)']);
  });

  test('writes back the new kinds, so a shared view uses them from then on', () => {
    expect(serializeViewState(parse('kinds=other,casualties').state).toString()).toBe('kinds=fighting%2Cmeasure');
  });
});
