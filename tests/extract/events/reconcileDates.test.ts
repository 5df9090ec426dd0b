import { describe, expect, test } from 'vitest';
import type { Draft } from '../../../scripts/lib/extract/events/mergeCluster.ts';
import { reconcileDates } from '../../../scripts/lib/extract/events/reconcileDates.ts';
import { findDisagreements } from '../../../src/lib/findDisagreements.ts';

const accord = (date: string, source: string, extra: Partial<Draft> = {}): Draft =>
  ({
    date,
    kind: 'ceasefire',
    type: 'peace-agreement',
    name: 'Jakarta Accord',
    status: 'occurred',
    approximate: false,
    places: [],
    actors: [],
    figures: [],
    claims: [],
    citations: [{ source, quote: `signed on ${date}` }],
    ...extra,
  }) as Draft;

describe('reconcileDates: one event for a happening articles date differently', () => {
  test('merges an accord of one name dated a day apart by different articles, recording each date', () => {
    const [merged, ...rest] = reconcileDates([accord('2024-03-26', 'a.txt'), accord('2024-03-27', 'b.txt')]);
    expect(rest).toEqual([]);
    expect(merged!.date).toBe('2024-03-26');
    expect(merged!.citations.map((c) => c.source)).toEqual(['a.txt', 'b.txt']);
    expect(findDisagreements(merged!).map((d) => d.type === 'claim' && [d.about, d.claims.map((c) => c.values[0])])).toEqual([['date', ['2024-03-26', '2024-03-27']]]);
  });

  test('keeps apart what one article dates twice, what lies weeks apart, and what has no name', () => {
    expect(reconcileDates([accord('2024-03-26', 'a.txt'), accord('2024-03-27', 'a.txt')])).toHaveLength(2);
    expect(reconcileDates([accord('2024-03-26', 'a.txt'), accord('2024-04-20', 'b.txt')])).toHaveLength(2);
    expect(reconcileDates([accord('2024-03-26', 'a.txt', { name: undefined }), accord('2024-03-27', 'b.txt', { name: undefined })])).toHaveLength(2);
  });

  test('merges a nameless truce two articles date a day apart, agreed and taking effect, recording each date; not two days apart, nor in one article', () => {
    // "Arland and Borea accepted a halt to the fighting on Sunday"; Monday's other report: "A ceasefire took effect this morning."
    const truce = (date: string, source: string, phase?: Draft['phase']) => accord(date, source, { type: 'ceasefire', name: undefined, ...(phase ? { phase } : {}) });
    const [merged, ...rest] = reconcileDates([truce('2031-06-01', 'a.txt'), truce('2031-06-02', 'b.txt', 'begin')]);
    expect(rest).toEqual([]);
    expect(merged!.citations.map((c) => c.source)).toEqual(['a.txt', 'b.txt']);
    expect(findDisagreements(merged!).map((d) => d.type === 'claim' && [d.about, d.claims.map((c) => c.values[0])])).toEqual([['date', ['2031-06-01', '2031-06-02']]]);
    expect(reconcileDates([truce('2031-06-01', 'a.txt'), truce('2031-06-03', 'b.txt')])).toHaveLength(2);
    expect(reconcileDates([truce('2031-06-01', 'a.txt'), truce('2031-06-02', 'a.txt', 'begin')])).toHaveLength(2);
    // A truce breaking down is not the truce agreed.
    expect(reconcileDates([truce('2031-06-01', 'a.txt'), truce('2031-06-02', 'b.txt', 'collapse')])).toHaveLength(2);
  });

  test('merges the outbreak of fighting two articles date a day apart, but not two days of fighting', () => {
    const outbreak = (date: string, source: string, phase?: Draft['phase']) =>
      accord(date, source, { kind: 'fighting', type: 'armed-clash', name: undefined, ...(phase ? { phase } : {}) });
    const merged = reconcileDates([outbreak('2024-03-03', 'a.txt', 'begin'), outbreak('2024-03-04', 'b.txt', 'begin')]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.claims.map((c) => [c.about, c.values[0]])).toEqual([['date', '2024-03-03'], ['date', '2024-03-04']]);
    expect(reconcileDates([outbreak('2024-03-03', 'a.txt'), outbreak('2024-03-04', 'b.txt')])).toHaveLength(2);
  });
});

describe('reconcileDates: one person\'s words that outlets date differently', () => {
  // "President Oskar Venn called the shelling cowardly", dated by one outlet to the day of the
  // shelling and told by another as said on the next.
  const words = (date: string, source: string, extra: Partial<Draft> = {}) =>
    accord(date, source, { kind: 'statement', type: 'statement', name: undefined, speaker: 'President Oskar Venn', says: 'condemns', citations: [{ source, quote: `Venn condemned it (${date})` }], ...extra });

  test('merges a person\'s statement in one verb dated a day apart by two articles, recording each date', () => {
    const merged = reconcileDates([words('2031-04-20', 'a.txt', { speaker: 'Oskar Venn' }), words('2031-04-21', 'b.txt', { citations: [{ source: 'b.txt', quote: 'x' }, { source: 'b.txt', quote: 'y' }] })]);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.date).toBe('2031-04-21');
    expect(merged[0]!.claims.map((c) => [c.about, c.values[0]])).toEqual([['date', '2031-04-21'], ['date', '2031-04-20']]);
  });

  test.each([
    ['of a country, whose voice is heard every day', { speaker: 'North Arland' }, { speaker: 'North Arland' }],
    ['of two people', { speaker: 'General Ilse Dorn' }, {}],
    ['in two verbs', { says: 'welcomes' }, {}],
    ['of an appeal, which a speaker repeats', { says: 'urges' }, { says: 'urges' }],
    ['said plainly ("says")', { says: 'says' }, { says: 'says' }],
    ['of an accusation', { kind: 'accusation', type: 'accusation' }, { kind: 'accusation', type: 'accusation' }],
  ] as const)('keeps apart the words %s', (_, first, second) => {
    expect(reconcileDates([words('2031-04-20', 'a.txt', first as Partial<Draft>), words('2031-04-21', 'b.txt', second as Partial<Draft>)])).toHaveLength(2);
  });

  test('keeps apart one person\'s words that one article dates to two days, or articles a week apart', () => {
    expect(reconcileDates([words('2031-04-20', 'a.txt'), words('2031-04-21', 'a.txt')])).toHaveLength(2);
    expect(reconcileDates([words('2031-04-20', 'a.txt'), words('2031-04-27', 'b.txt')])).toHaveLength(2);
  });
});
