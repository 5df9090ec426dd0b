import { describe, expect, test } from 'vitest';
import { foldAttacksIntoClash } from '../../../scripts/lib/extract/events/foldAttacksIntoClash.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// Told on Saturday 8 March 2031: "Gunmen in uniform fired on a ferry at Lake Venn on Friday, the
// Arland army said." Sentences on: "A Borean officer said his men had been shot at by an Arland
// patrol boat and had only fired back."
const clashQuote = { source: 'a.txt', quote: 'Gunmen in uniform fired on a ferry at Lake Venn on Friday, the Arland army said.' };
const attackQuote = { source: 'a.txt', quote: 'A Borean officer said his men had been shot at by an Arland patrol boat and had only fired back.' };
type Place = Mention['places'][number];
const lake = { name: 'Lake Venn', admin1: 'Western Province', country: 'Arland' } as Place;
const clash = (extra: Partial<Mention> = {}): Mention => mentionOf({ date: '2031-03-07', published: '2031-03-08', kind: 'fighting', type: 'armed-clash', sentence: 1, citations: [clashQuote], ...extra });
const attack = (extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-07', published: '2031-03-08', kind: 'civilians', type: 'attack-on-civilians', sentence: 4, dating: 'context', agent: 'Arland', actors: ['Borea'], citations: [attackQuote], ...extra });

describe('foldAttacksIntoClash: an undated attack an article tells beside its clash of that day is the clash told from the other side', () => {
  test('folds the attack into the clash, with its actors and its quote', () => {
    const folded = foldAttacksIntoClash([clash({ actors: ['Arland'] }), attack()]);
    expect(folded.map((m) => m.kind)).toEqual(['fighting']);
    expect(folded[0]!.actors).toEqual(['Arland', 'Borea']);
    expect(folded[0]!.citations.map((c) => c.quote)).toEqual([clashQuote.quote, attackQuote.quote]);
  });

  test.each(['had returned fire', 'fired back at the boat', 'acted in self-defence'])('reads fire returned in "%s"', (words) => {
    expect(foldAttacksIntoClash([clash(), attack({ citations: [{ source: 'a.txt', quote: `The officer said his men ${words}.` }] })])).toHaveLength(1);
  });

  test('folds an attack placed in the province the clash lies in', () => {
    expect(foldAttacksIntoClash([clash({ places: [lake] }), attack({ places: [{ name: 'Western Province', country: 'Arland' } as Place] })])).toHaveLength(1);
  });

  test.each([
    ['that the article dates by its own words', { dating: 'own' }],
    ['of another article', { source: 'b.txt' }],
    ['of another day', { time: { date: '2031-03-08', approximate: false } }],
    ['that is an abduction, an act of its own', { type: 'abduction' }],
    ['told as the background of the news', { background: true }],
    ['told as breaking out', { phase: 'begin' }],
    ['told as planned', { status: 'scheduled' }],
    ['placed elsewhere', { places: [{ name: 'Dorvik', admin1: 'Eastern Province', country: 'Borea' } as Place] }],
    ['on people who did not fire back ("a shell fell on the market")', { citations: [{ source: 'a.txt', quote: 'A shell fell on the market, killing two traders.' }] }],
  ] as const)('keeps apart an attack %s', (_, extra) => {
    expect(foldAttacksIntoClash([clash({ places: [lake] }), attack(extra as Partial<Mention>)])).toHaveLength(2);
  });

  test.each([
    ["dated only by the article's time", { dating: 'context' }],
    ['named as already known ("the clash")', { anaphoric: true }],
    ["that is a strike, one side's fire", { kind: 'strike', type: 'shelling' }],
    ['told as the background of the news', { background: true }],
  ] as const)('folds nothing into a report %s', (_, extra) => {
    expect(foldAttacksIntoClash([clash(extra as Partial<Mention>), attack()])).toHaveLength(2);
  });
});
