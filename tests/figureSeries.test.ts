import { describe, expect, test } from 'vitest';
import { Event, type Figure } from '../src/lib/eventSchema.ts';
import { figureSeries } from '../src/lib/figureSeries.ts';

const figure = (source: string, measure: Figure['measure'], min: number | undefined, max: number | undefined, qualifier: Figure['qualifier'] = 'exactly', unit: Figure['unit'] = 'people'): Figure => ({
  measure,
  unit,
  ...(min === undefined ? {} : { min }),
  ...(max === undefined ? {} : { max }),
  qualifier,
  text: `${min ?? ''}–${max ?? ''}`,
  citation: { source, quote: 'q' },
});
const event = (id: string, date: string, figures: Figure[], endDate?: string) =>
  Event.parse({ id, date, endDate, kind: 'fighting', status: 'occurred', title: id, summary: 's', figures, citations: [{ source: 'a.txt', quote: 'q' }] });

const july = event('july', '2025-07', [figure('a.txt', 'killed', 24, 99, 'vague')]);
const december = event('december', '2025-12-07', [
  figure('a.txt', 'killed', 80, undefined, 'at-least'),
  figure('a.txt', 'displaced', 500_000, undefined, 'more-than'),
  figure('b.txt', 'killed', 24, 99, 'vague'),
  figure('b.txt', 'border-length', 817, 817, 'exactly', 'km'),
]);
const talks = event('talks', '2025-12-24', [figure('a.txt', 'killed', 3, 3), figure('b.txt', 'killed', 3, 3)], '2025-12-26');

describe('figureSeries', () => {
  test.each([
    { name: 'one row per reported figure of the measure, in event order', measure: 'killed' as const, ids: ['july', 'december', 'december', 'talks', 'talks'], texts: ['24–99', '80–', '24–99', '3–3', '3–3'] },
    { name: 'only the figures of the measure asked for', measure: 'displaced' as const, ids: ['december'], texts: ['500000–'] },
    { name: 'nothing for a measure no one reports', measure: 'injured' as const, ids: [], texts: [] },
  ])('gives $name', ({ measure, ids, texts }) => {
    const rows = figureSeries([july, december, talks], measure);
    expect(rows.map((r) => r.event.id)).toEqual(ids);
    expect(rows.map((r) => r.figure.text)).toEqual(texts);
  });

  test.each([
    { name: 'a month covers the whole month', e: july, start: Date.UTC(2025, 6, 1), end: Date.UTC(2025, 7, 1) },
    { name: 'a day covers one day', e: december, start: Date.UTC(2025, 11, 7), end: Date.UTC(2025, 11, 8) },
    { name: 'a span runs to the end of its last day', e: talks, start: Date.UTC(2025, 11, 24), end: Date.UTC(2025, 11, 27) },
  ])('places each row at its event’s days: $name', ({ e, start, end }) => {
    expect(figureSeries([e], 'killed')[0]).toMatchObject({ start, end });
  });

  test('marks an event whose sources report different values as disputed, and agreeing ones as not', () => {
    const rows = figureSeries([july, december, talks], 'killed');
    expect(rows.map((r) => [r.event.id, r.disputed])).toEqual([
      ['july', false],
      ['december', true],
      ['december', true],
      ['talks', false],
      ['talks', false],
    ]);
  });

  test('does not take a toll updated in a later report for a disagreement', () => {
    const published = new Map([['a.txt', '2025-12-07'], ['b.txt', '2025-12-20']]);
    expect(figureSeries([december], 'killed', published).every((r) => !r.disputed)).toBe(true);
  });

  test('leaves counts in other units out', () => {
    const km = event('km', '2025-12-07', [figure('a.txt', 'displaced', 5, 5, 'exactly', 'km')]);
    expect(figureSeries([km], 'displaced')).toEqual([]);
  });
});
