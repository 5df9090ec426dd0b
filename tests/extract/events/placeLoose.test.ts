import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../scripts/lib/extract/events/mergeCluster.ts';
import { placeLoose } from '../../../scripts/lib/extract/events/placeLoose.ts';

const draft = (date: string, kind: Draft['kind'], extra: Partial<Draft> = {}): Draft =>
  ({ date, kind, status: 'occurred', approximate: false, places: [], actors: [], figures: [], claims: [], citations: [{ source: 'a.txt', quote: date }], ...extra }) as Draft;
const figure = { measure: 'killed' as const, unit: 'people' as const, min: 12, max: 12, qualifier: 'exactly' as const, text: '12', citation: { source: 'b.txt', quote: '12 killed' } };

describe('placeLoose', () => {
  test('gives a loose figure to the latest happening of its kind by the day its article was published', () => {
    const drafts = [draft('2024-02-08', 'fighting'), draft('2024-03-11', 'fighting')];
    const placed = placeLoose(drafts, [], [{ kinds: ['fighting'], figure, published: '2024-02-16' }]);
    expect(placed.map((d) => d.figures.length)).toEqual([1, 0]);
  });

  test('gives a count told as news only to a happening of the days before its article, never to an older round', () => {
    const drafts = [draft('2024-02-08', 'fighting'), draft('2024-03-11', 'fighting', { endDate: '2024-03-16' })];
    const place = (since: string) => placeLoose(drafts, [], [{ kinds: ['fighting'], figure, published: '2024-04-30', since }]).map((d) => d.figures.length);
    expect(place('2024-04-23')).toEqual([0, 0]);
    expect(place('2024-03-14')).toEqual([0, 1]);
  });

  test('gives a loose broker to the latest agreement that did not collapse, with its actors', () => {
    const drafts = [draft('2024-02-12', 'ceasefire'), draft('2024-03-11', 'ceasefire', { phase: 'collapse' })];
    const claim = { about: 'brokered-by' as const, values: ['Japan'], citation: { source: 'b.txt', quote: 'brokered by Japan' } };
    const placed = placeLoose(drafts, [{ kind: 'ceasefire', claim }], []);
    expect(placed[0]).toMatchObject({ claims: [claim], actors: ['Japan'] });
  });

  test('returns new drafts and leaves those given as they were', () => {
    const drafts = [draft('2024-02-08', 'fighting')];
    const placed = placeLoose(drafts, [], [{ kinds: ['fighting'], figure, published: '2024-02-16' }]);
    expect(placed[0]).not.toBe(drafts[0]);
    expect(drafts[0]!.figures).toEqual([]);
  });
});

describe('placeLoose keeps tolls off ground taken', () => {
  test('gives a loose count of the dead to the fighting, never to a town taken after it', () => {
    const drafts = [draft('2024-01-27', 'fighting', { type: 'armed-clash' }), draft('2024-02', 'fighting', { type: 'territory-taken' })];
    const placed = placeLoose(drafts, [], [{ kinds: ['fighting'], figure, published: '2024-06-19' }]);
    expect(placed.map((d) => d.figures.length)).toEqual([1, 0]);
  });

  test('leaves a count loose when only ground taken is of its kind', () => {
    const placed = placeLoose([draft('2024-02', 'fighting', { type: 'territory-taken' })], [], [{ kinds: ['fighting'], figure, published: '2024-06-19' }]);
    expect(placed[0]!.figures).toEqual([]);
  });
});
