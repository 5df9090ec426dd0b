import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../scripts/lib/extract/events/mergeCluster.ts';
import { placeRecapFigures } from '../../../scripts/lib/extract/events/placeRecapFigures.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

const draft = (date: string, kind: Draft['kind'], extra: Partial<Draft> = {}): Draft =>
  ({ date, kind, status: 'occurred', approximate: false, places: [], actors: [], figures: [], claims: [], citations: [{ source: 'a.txt', quote: date }], ...extra }) as Draft;
// "Troops clashed near Varn on Thursday, weeks after clashes in January that killed 40 soldiers", told on 6 March 2031.
const quote = { source: 'a.txt', quote: 'Troops clashed near Varn on Thursday, weeks after clashes in January that killed 40 soldiers.' };
const forty = { measure: 'killed' as const, unit: 'people' as const, min: 40, max: 40, qualifier: 'exactly' as const, text: '40', citation: quote };
const recap = (date: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date, published: '2031-03-06', kind: 'fighting', sentence: 1, background: true, citations: [quote], figures: [forty], ...extra });

describe('placeRecapFigures: a recap counts its own period, never the news', () => {
  test('gives no toll of January to the clash of March the article reports', () => {
    const placed = placeRecapFigures([draft('2031-03-06', 'fighting')], [recap('2031-01')]);
    expect(placed[0]!.figures).toEqual([]);
  });

  test('gives the toll to the clash of its kind inside its period, the latest there', () => {
    const drafts = [draft('2031-01-12', 'fighting', { endDate: '2031-01-15' }), draft('2031-01-20', 'fighting'), draft('2031-03-06', 'fighting')];
    expect(placeRecapFigures(drafts, [recap('2031-01')]).map((d) => d.figures.length)).toEqual([0, 1, 0]);
  });

  test('gives the toll to a round that began before the period and went on into it', () => {
    const placed = placeRecapFigures([draft('2030-12-28', 'fighting', { endDate: '2031-01-03' })], [recap('2031-01')]);
    expect(placed[0]!.figures).toEqual([forty]);
  });

  test.each([
    ['of another kind', draft('2031-01-12', 'strike')],
    ['only planned', draft('2031-01-12', 'fighting', { status: 'scheduled' })],
    ['that is ground taken', draft('2031-01-12', 'fighting', { type: 'territory-taken' })],
  ] as const)('gives no toll to a happening %s', (_, target) => {
    expect(placeRecapFigures([target], [recap('2031-01')])[0]!.figures).toEqual([]);
  });

  test('returns new drafts and leaves those given as they were', () => {
    const drafts = [draft('2031-01-20', 'fighting')];
    const placed = placeRecapFigures(drafts, [recap('2031-01')]);
    expect(placed[0]).not.toBe(drafts[0]);
    expect(drafts[0]!.figures).toEqual([]);
  });
});
