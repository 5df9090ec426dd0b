import { describe, expect, test } from 'vitest';
import { joinCapturesToClash } from '../../../scripts/lib/extract/events/joinCapturesToClash.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// Told on Monday 10 March 2031 by a.txt: "Arland said Borean patrol boats opened fire on two of
// its trawlers on Sunday and then seized them", the seizure folded into the fire. b.txt, the same
// day: "a day after Borea's navy seized two Arland trawlers"; c.txt: "Borean boats captured the
// two trawlers and their crews on 9 March".
type Place = Mention['places'][number];
const fire = (extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-09', published: '2031-03-10', kind: 'fighting', type: 'armed-clash', agent: 'Borea', folded: ['detention'], ...extra });
const seizure = (source: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-03-09', published: '2031-03-10', kind: 'detention', type: 'arrest', agent: 'Borea', source, citations: [{ source, quote: `${source} seized` }], ...extra });
const groups = (clusters: Mention[][]) => joinCapturesToClash(clusters).map((c) => c.map((m) => m.kind).join('+'));

describe('joinCapturesToClash: a capture other articles tell alone is the act of force one article told it with', () => {
  test('joins the group of the capture to the violence an article told it with, leaving the groups given as they were', () => {
    const clash = [fire()];
    const capture = [seizure('b.txt'), seizure('c.txt')];
    expect(groups([clash, capture])).toEqual(['fighting+detention+detention']);
    expect(clash).toHaveLength(1);
  });

  test('joins a capture whose doer is unnamed, or told at a place the violence names', () => {
    const bay = { name: 'Venn Bay', admin1: 'Coast Province', country: 'Arland' } as Place;
    expect(groups([[fire({ places: [bay] })], [seizure('b.txt', { agent: undefined, places: [{ name: 'Coast Province', country: 'Arland' } as Place] })]])).toEqual(['fighting+detention']);
  });

  test.each([
    ['violence no article told with a capture', [fire({ folded: undefined })], [seizure('b.txt')]],
    ['violence that only folded a statement', [fire({ folded: ['statement'] })], [seizure('b.txt')]],
    ['a capture of another day', [fire()], [seizure('b.txt', { time: { date: '2031-03-08', approximate: false } })]],
    ["the other side's arrests", [fire()], [seizure('b.txt', { agent: 'Arland' })]],
    ['a release', [fire()], [seizure('b.txt', { type: 'release' })]],
    ['a capture only planned', [fire()], [seizure('b.txt', { status: 'scheduled' })]],
    ['a capture placed elsewhere', [fire({ places: [{ name: 'Venn Bay', country: 'Arland' } as Place] })], [seizure('b.txt', { places: [{ name: 'Dorvik', country: 'Borea' } as Place] })]],
  ] as const)('keeps apart %s', (_, clash, capture) => {
    expect(groups([[...clash], [...capture]])).toHaveLength(2);
  });

  test('keeps apart a capture that could be of two rounds of violence that day', () => {
    expect(groups([[fire()], [fire({ source: 'd.txt' })], [seizure('b.txt')]])).toHaveLength(3);
  });
});

describe('joinCapturesToClash: combatants taken and freed in a battle an article dates are figures of that battle', () => {
  // a.txt: "Fighting spilled into Ondria on Sunday, 9 March. … A general said Borean troops had
  // taken an Arlandese patrol captive and that a unit then freed it."
  const battle = (extra: Partial<Mention> = {}): Mention => mentionOf({ date: '2031-03-09', published: '2031-03-10', kind: 'fighting', type: 'armed-clash', ...extra });
  const taken = (type: 'arrest' | 'release', extra: Partial<Mention> = {}): Mention =>
    mentionOf({ date: '2031-03-09', published: '2031-03-10', kind: 'detention', type, dating: 'context', citations: [{ source: 'a.txt', quote: `taken ${type}` }], ...extra });

  test('the taking and the freeing, told with no day of their own, join the battle their article dates that day', () => {
    expect(groups([[battle()], [taken('arrest')], [taken('release')]])).toEqual(['fighting+detention+detention']);
  });

  test.each([
    ['a capture with a day of its own', taken('arrest', { dating: 'own' })],
    ['a capture the taker tells as its own claim', taken('arrest', { status: 'claimed' })],
    ['a capture another article tells', taken('arrest', { source: 'b.txt' })],
    ['a capture of another day', taken('arrest', { time: { date: '2031-03-08', approximate: false } })],
  ] as const)('keeps apart %s', (_, capture) => {
    expect(groups([[battle()], [capture]])).toHaveLength(2);
  });

  test('keeps apart a capture beside violence told only as the setting of the news', () => {
    expect(groups([[battle({ background: true })], [taken('arrest')]])).toHaveLength(2);
  });
});
