import { describe, expect, test } from 'vitest';
import { toldAsMore } from '../../../scripts/lib/extract/events/toldAsMore.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

const report = (sentence: number, quote: string, extra: Partial<Mention> = {}): Mention =>
  mentionOf({ date: '2031-05-12', published: '2031-05-12', kind: 'diplomacy', type: 'envoy-recalled', sentence, citations: [{ source: 'a.txt', quote }], ...extra });
const first = report(2, 'Arland recalled its ambassador from Borea on Monday.');

describe('toldAsMore: a happening told as one more beside the one before', () => {
  test.each([
    ["Velmora's foreign ministry announced that it, too, would call its envoy home.", true],
    ['Ondria, too, called its ambassador home.', true],
    ['Ondria did so as well, its foreign ministry said.', true],
    ['Velmora followed suit within hours.', true],
    ['Ondria likewise withdrew its envoy.', true],
    ['It was too late to keep the envoy in Borea, Lena Ferrin said.', false],
    ['The road to the Halvane crossing was too crowded to pass, Kael Orvan said.', false],
    ['The ambassador and the consul as well as their staff left on Monday.', false],
    ['The recall was the first since the border war.', false],
  ])('%s → %s', (quote, more) => {
    expect(toldAsMore(first, report(5, quote))).toBe(more);
  });

  test('reads "also" as one more step of a decision or a diplomatic step, not of words or violence', () => {
    // "The cabinet ordered an inquiry into the shelling" … "It also decided to shut the Halvane crossing."
    const inquiry = report(3, 'The cabinet ordered an inquiry into the shelling.', { kind: 'measure', type: 'decision' });
    expect(toldAsMore(inquiry, report(6, 'Ministers also voted to shut the Halvane crossing to trade.', { kind: 'measure', type: 'decision' }))).toBe(true);
    expect(toldAsMore(first, report(6, 'Arland also recalled its military attaché.'))).toBe(true);
    const said = (sentence: number, quote: string) => report(sentence, quote, { kind: 'statement', type: 'statement' });
    expect(toldAsMore(said(3, 'Kael Orvan urged Borea to pull back.'), said(4, 'He also said talks could resume next week.'))).toBe(false);
    const shelled = (sentence: number, quote: string) => report(sentence, quote, { kind: 'strike', type: 'shelling' });
    expect(toldAsMore(shelled(3, 'Borean guns shelled Kelvask Pass on Monday.'), shelled(4, 'The shells also hit a school.'))).toBe(false);
  });

  test('reads nothing across articles, within one sentence, or in a report named as known', () => {
    const later = report(5, "Velmora's foreign ministry announced that it, too, would call its envoy home.");
    expect(toldAsMore(first, { ...later, source: 'b.txt' })).toBe(false);
    expect(toldAsMore(first, { ...later, sentence: first.sentence })).toBe(false);
    expect(toldAsMore(first, { ...later, anaphoric: true })).toBe(false);
    // Either order: the later sentence is the one read.
    expect(toldAsMore(later, first)).toBe(true);
  });
});
