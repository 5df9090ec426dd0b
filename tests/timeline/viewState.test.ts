import { describe, expect, test } from 'vitest';
import { KINDS, type Kind } from '../../src/lib/eventSchema.ts';
import { NO_FILTERS } from '../../src/client/timeline/filterEvents.ts';
import { EMPTY_VIEW, parseViewState, serializeViewState, type Known, type ViewState } from '../../src/client/timeline/viewState.ts';

const [A, B] = KINDS as readonly Kind[];
const KNOWN: Known = {
  kinds: new Set([A!, B!]),
  actors: new Set(['Thailand', 'Cambodia']),
  sources: new Set(['a.txt', 'b.txt']),
  ids: new Set(['2025-07-24-shelling']),
};
const parse = (query: string) => parseViewState(new URLSearchParams(query), KNOWN);

describe('parseViewState', () => {
  test('reads an empty query as the whole, unfiltered timeline', () => {
    expect(parse('')).toEqual({ state: EMPTY_VIEW, warnings: [] });
  });

  test('reads every option a shared link may carry', () => {
    expect(parse(`kinds=${A},${B}&actors=Cambodia&sources=b.txt&q=border&event=2025-07-24-shelling&from=2025-07-01&to=2025-07-31`)).toEqual({
      state: {
        filters: { kinds: new Set([A, B]), actors: new Set(['Cambodia']), sources: new Set(['b.txt']), q: 'border' },
        event: '2025-07-24-shelling',
        from: '2025-07-01',
        to: '2025-07-31',
      },
      warnings: [],
    });
  });

  test('keeps the kinds the page holds and drops the others, with a warning naming the kinds it holds', () => {
    expect(parse(`kinds=${A},battle`)).toEqual({
      state: { filters: { ...NO_FILTERS, kinds: new Set([A]) } },
      warnings: [`invalid kinds: battle (expected one of ${A}, ${B})`],
    });
  });

  test.each([
    ['casualties', 'fighting'],
    ['displacement', 'humanitarian'],
    ['other', 'measure'],
  ])('reads the old kind %s in an existing link or embed as %s, and says so', (old, kind) => {
    const known = { ...KNOWN, kinds: new Set(['talks', 'fighting', 'humanitarian', 'measure']) };
    const { state, warnings } = parseViewState(new URLSearchParams(`kinds=talks,${old}`), known);
    expect([...state.filters.kinds]).toEqual(['talks', kind]);
    expect(warnings).toEqual([`renamed kinds: ${old} is now ${kind} (update the link)`]);
  });

  test('drops an old kind whose new kind has no events on the page, naming both', () => {
    const { state, warnings } = parseViewState(new URLSearchParams('kinds=displacement'), { ...KNOWN, kinds: new Set(['talks']) });
    expect(state.filters.kinds.size).toBe(0);
    expect(warnings).toEqual(['renamed kinds: displacement is now humanitarian (update the link)', 'invalid kinds: humanitarian (expected one of talks)']);
  });

  test.each([
    ['actors=Laos', 'invalid actors: Laos (expected one of Thailand, Cambodia)'],
    ['sources=c.txt', 'invalid sources: c.txt (expected one of a.txt, b.txt)'],
    ['event=nope', 'invalid event: nope (expected the id of an event on this page)'],
    ['from=2025-02-30', 'invalid from: 2025-02-30 (expected a date YYYY-MM-DD)'],
    ['to=24/07/2025', 'invalid to: 24/07/2025 (expected a date YYYY-MM-DD)'],
    ['from=2025-07', 'invalid from: 2025-07 (expected a date YYYY-MM-DD)'],
    ['from=2025-08-01&to=2025-07-01', 'invalid range: from 2025-08-01 is after to 2025-07-01'],
  ])('ignores %s, which the page cannot show, with a warning', (query, warning) => {
    expect(parse(query)).toEqual({ state: EMPTY_VIEW, warnings: [warning] });
  });

  test('shortens what it repeats of a long value, so a link cannot fill the console', () => {
    const { warnings } = parse(`event=${'x'.repeat(500)}&from=${'9'.repeat(500)}`);
    expect(warnings).toEqual([
      `invalid event: ${'x'.repeat(60)} (expected the id of an event on this page)`,
      `invalid from: ${'9'.repeat(40)} (expected a date YYYY-MM-DD)`,
    ]);
  });

  test('cuts a search longer than 200 characters to 200, with a warning', () => {
    const { state, warnings } = parse(`q=${'a'.repeat(250)}`);
    expect(state.filters.q).toHaveLength(200);
    expect(warnings).toEqual(['invalid q: longer than 200 characters']);
  });
});

describe('serializeViewState', () => {
  test('leaves out what is at its default, so an unchanged view has an empty query', () => {
    expect(serializeViewState(EMPTY_VIEW).toString()).toBe('');
    expect(serializeViewState({ filters: { ...NO_FILTERS, q: '   ' } }).toString()).toBe('');
  });

  test('writes lists sorted, so the same view always has the same link', () => {
    const state: ViewState = { filters: { ...NO_FILTERS, actors: new Set(['Thailand', 'Cambodia']) } };
    expect(serializeViewState(state).get('actors')).toBe('Cambodia,Thailand');
  });

  test('writes back the new kinds of old ones, so a shared view uses them from then on', () => {
    const known = { ...KNOWN, kinds: new Set(['fighting', 'measure']) };
    expect(serializeViewState(parseViewState(new URLSearchParams('kinds=other,casualties'), known).state).toString()).toBe('kinds=fighting%2Cmeasure');
  });

  test('writes a view that parseViewState reads back as it was', () => {
    const state: ViewState = {
      filters: { kinds: new Set([B!]), actors: new Set(['Thailand']), sources: new Set(['a.txt', 'b.txt']), q: 'shelling near' },
      event: '2025-07-24-shelling',
      from: '2025-07-20',
      to: '2025-08-02',
    };
    expect(parse(serializeViewState(state).toString())).toEqual({ state, warnings: [] });
  });
});
