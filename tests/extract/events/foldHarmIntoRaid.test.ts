import { describe, expect, test } from 'vitest';
import { foldHarmIntoRaid } from '../../../scripts/lib/extract/events/foldHarmIntoRaid.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// Told in a weekly on Tuesday 11 March 2031: "On Wednesday gunmen raided Tolm in Rell district."
// The next sentence: "Two people died and shops were looted during the attack."
const raidQuote = { source: 'a.txt', quote: 'On Wednesday gunmen raided Tolm in Rell district.' };
const harmQuote = { source: 'a.txt', quote: 'Two people died and shops were looted during the attack.' };
type Place = Mention['places'][number];
const tolm = { name: 'Tolm', admin1: 'Rell', country: 'Arland' } as Place;
const killed: Mention['figures'][number] = { measure: 'killed', min: 2, max: 2, unit: 'people', qualifier: 'exactly', text: 'Two people died', citation: harmQuote };
const raid = (extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-05', published: '2031-03-11', kind: 'fighting', type: 'armed-clash', sentence: 3, places: [tolm], actors: ['Arland'], citations: [raidQuote], ...extra });
const harm = (extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-05', published: '2031-03-11', kind: 'civilians', type: 'property-destruction', sentence: 4, dating: 'context', figures: [killed], citations: [harmQuote], ...extra });

describe('foldHarmIntoRaid: the harm told right after a dated raid is the raid', () => {
  test('folds the harm into the raid, with its figures and its quote', () => {
    const folded = foldHarmIntoRaid([raid(), harm()]);
    expect(folded.map((m) => m.kind)).toEqual(['fighting']);
    expect(folded[0]!.figures).toEqual([killed]);
    expect(folded[0]!.folded).toEqual(['civilians']);
    expect(folded[0]!.citations.map((c) => c.quote)).toEqual([raidQuote.quote, harmQuote.quote]);
  });

  test.each([
    ['"stormed"', 'On Wednesday gunmen stormed Tolm.'],
    ['"attacked"', 'Gunmen attacked Tolm on Wednesday.'],
    ['"overran"', 'On Wednesday rebels overran Tolm.'],
  ])('reads a raid in %s', (_, quote) => {
    expect(foldHarmIntoRaid([raid({ citations: [{ source: 'a.txt', quote }] }), harm()])).toHaveLength(1);
  });

  test('folds harm placed where the raid is, or in its district, and harm the raid\'s own doer did', () => {
    expect(foldHarmIntoRaid([raid(), harm({ places: [{ name: 'Rell', country: 'Arland' } as Place] })])).toHaveLength(1);
    expect(foldHarmIntoRaid([raid({ agent: 'Borea' }), harm({ agent: 'Borea' })])).toHaveLength(1);
  });

  test.each([
    // "Borean troops shelled a village the same day, killing two": the other side's attack is its own.
    ['told with a doer of its own', [raid(), harm({ agent: 'Borea' })]],
    ['told with another doer than the raid\'s', [raid({ agent: 'Arland' }), harm({ agent: 'Borea' })]],
    ['placed somewhere the raid is not', [raid(), harm({ places: [{ name: 'Vesk', admin1: 'North', country: 'Borea' } as Place] })]],
    ['that the article dates by its own words', [raid(), harm({ dating: 'own' })]],
    ['told two sentences on', [raid(), harm({ sentence: 5 })]],
    ['told before the raid', [raid(), harm({ sentence: 2 })]],
    ['of another article', [raid(), harm({ source: 'b.txt' })]],
    ['of another day', [raid(), harm({ time: { date: '2031-03-06', approximate: false } })]],
    ['that is an abduction, an act of its own', [raid(), harm({ type: 'abduction' })]],
    ['told as background', [raid(), harm({ background: true })]],
    ['told as planned', [raid(), harm({ status: 'scheduled' })]],
    ['after a clash told without a raid\'s words', [raid({ citations: [{ source: 'a.txt', quote: 'On Wednesday the two armies clashed near Tolm.' }] }), harm()]],
    ['after a raid the article only dates by context', [raid({ dating: 'context' }), harm()]],
    ['after a raid told as background', [raid({ background: true }), harm()]],
  ])('keeps harm %s apart', (_, mentions) => {
    expect(foldHarmIntoRaid(mentions as Mention[])).toHaveLength(2);
  });

  test('leaves the reports it was given unchanged', () => {
    const given = [raid(), harm()];
    foldHarmIntoRaid(given);
    expect(given[0]!.figures).toEqual([]);
    expect(given[0]!.folded).toBeUndefined();
  });
});
