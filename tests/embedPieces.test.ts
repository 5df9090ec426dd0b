import { describe, expect, test } from 'vitest';
import { embedPieces } from '../src/lib/embedPieces.ts';
import type { Event } from '../src/lib/eventSchema.ts';

/** Events on the given days, in order. */
const on = (days: string[]) => days.map((date, i) => ({ id: `e${i}`, date }) as Event);
const ids = (events: Event[]) => events.map((e) => e.id);

describe('embedPieces', () => {
  test('keeps a timeline no longer than the first stretch whole, in the page', () => {
    const events = on(['2025-01-01', '2025-01-02']);
    expect(embedPieces(events, 2, 1)).toEqual({ initial: events, pieces: [] });
  });

  test('puts the latest events in the page and the earlier ones in pieces, oldest first, each event once', () => {
    const events = on(['2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05', '2025-01-06', '2025-01-07']);
    const { initial, pieces } = embedPieces(events, 3, 2);
    expect(ids(initial)).toEqual(['e4', 'e5', 'e6']);
    expect(pieces.map(ids)).toEqual([['e0', 'e1'], ['e2', 'e3']]);
  });

  test('splits no day that fits a piece between two pieces, or between a piece and the page', () => {
    const events = on(['2025-01-01', '2025-01-02', '2025-01-02', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-04']);
    const { initial, pieces } = embedPieces(events, 2, 3);
    const parts = [...pieces, initial];
    expect(parts.flat().map((e) => e.id)).toEqual(ids(events));
    for (let i = 1; i < parts.length; i++) expect(parts[i - 1]!.at(-1)!.date).not.toBe(parts[i]![0]!.date);
  });

  test('splits a single day busier than a piece rather than making one huge piece', () => {
    const events = on(Array.from({ length: 9 }, () => '2025-01-01'));
    const { initial, pieces } = embedPieces(events, 3, 2);
    expect(initial).toHaveLength(3);
    expect(pieces.every((p) => p.length <= 2)).toBe(true);
    expect(pieces.flat().concat(initial).map((e) => e.id)).toEqual(ids(events));
  });
});
