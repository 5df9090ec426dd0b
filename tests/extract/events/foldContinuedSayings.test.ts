import { describe, expect, test } from 'vitest';
import { foldContinuedSayings } from '../../../scripts/lib/extract/events/foldContinuedSayings.ts';
import type { Mention } from '../../../scripts/lib/extract/mentions/buildMentions.ts';
import { mentionOf } from '../../helpers/mention.ts';

// Invented, in the shape of a wire report of a Security Council session: the minister's words in
// sentence 7, going on into a charge in sentence 8.
const said = (extra: Partial<Mention> = {}) =>
  mentionOf({
    date: '2031-06-24',
    published: '2031-06-25',
    kind: 'statement',
    sentence: 7,
    dating: 'context',
    speaker: 'Arland',
    citations: [{ source: 'a.txt', quote: "Arland's foreign minister told the council that his government welcomed an inquiry." }],
    ...extra,
  });
const charge = (quote: string, extra: Partial<Mention> = {}) =>
  mentionOf({ date: '2031-06-24', published: '2031-06-25', kind: 'accusation', type: 'accusation', sentence: 8, dating: 'context', speaker: 'Ana Ruiz', citations: [{ source: 'a.txt', quote }], ...extra });

describe('foldContinuedSayings: one speaker\'s words of one day going on into a charge are one happening', () => {
  test('folds the statement into the charge the next sentence makes in the speaker\'s voice, citing both', () => {
    const folded = foldContinuedSayings([said(), charge('He accused Borea of seeking control of the strait.')]);
    expect(folded.map((m) => m.kind)).toEqual(['accusation']);
    expect(folded[0]!.citations).toHaveLength(2);
  });

  test.each([
    ['a charge in another voice', charge("Borea's ambassador answered that Arland had been making baseless charges.")],
    ['a charge of another day', charge('He accused Borea of seeking control of the strait.', { time: { date: '2031-06-23', approximate: false } })],
    ['a charge of another article', charge('He accused Borea of seeking control of the strait.', { source: 'b.txt' })],
    ['a charge two sentences on', charge('He accused Borea of seeking control of the strait.', { sentence: 9 })],
  ])('keeps the statement apart from %s', (_, other) => {
    expect(foldContinuedSayings([said(), other]).map((m) => m.kind)).toEqual(['statement', 'accusation']);
  });

  test('keeps an appeal apart: it asks for something new', () => {
    expect(foldContinuedSayings([said({ says: 'urges' }), charge('He accused Borea of seeking control of the strait.')])).toHaveLength(2);
  });

  describe('one speaker\'s undated words beside their charge of the day, in the same article', () => {
    // "Arland said on Tuesday that Borean boats had rammed its patrol ships." ... two sentences on,
    // undated: "Arland called the drilling illegal and demanded that the rig be towed away."
    const ownCharge = charge('Arland said on Tuesday that Borean boats had rammed its patrol ships.', { speaker: 'Arland', sentence: 2, dating: 'own' });
    const words = (extra: Partial<Mention> = {}) => said({ sentence: 4, says: 'demands', ...extra });

    test('folds them into the charge, citing both', () => {
      const folded = foldContinuedSayings([ownCharge, words()]);
      expect(folded.map((m) => m.kind)).toEqual(['accusation']);
      expect(folded[0]!.citations).toHaveLength(2);
    });

    test.each([
      ['dated by their own words', { dating: 'own' as const }],
      ['by another speaker', { speaker: 'Corland' }],
      ['of another day', { time: { date: '2031-06-23', approximate: false } }],
      ['in another article', { citations: [{ source: 'b.txt', quote: 'Arland called the drilling illegal.' }], source: 'b.txt' }],
      ['told as a proposal', { type: 'proposal' as const }],
    ])('keeps them apart when %s', (_, extra) => {
      expect(foldContinuedSayings([ownCharge, words(extra)])).toHaveLength(2);
    });

    // Words given out through a channel of their own are a statement of their own, as the article tells them.
    test.each([
      ['in a statement', 'Arland said in a statement that it would not withdraw its boats.'],
      ['in an interview', 'In an interview with a Velmora paper, Ana Ruiz said Arland would not withdraw its boats.'],
      ['in a post', 'Writing on X, Lena Ferrin said the cabinet had approved the order to hold the strait.'],
      ['in a televised speech', 'The Arlandese president said in a televised speech that Arland would not withdraw its boats.'],
    ])('keeps them apart when told %s', (_, quote) => {
      const folded = foldContinuedSayings([ownCharge, words({ says: 'says', citations: [{ source: 'a.txt', quote }] })]);
      expect(folded.map((m) => m.kind)).toEqual(['accusation', 'statement']);
      expect(folded[0]!.citations).toHaveLength(1);
    });

    test('still folds plain words going on from the charge, and the next sentence after a channel', () => {
      const plain = words({ says: 'says', citations: [{ source: 'a.txt', quote: 'Arland called the drilling illegal.' }] });
      expect(foldContinuedSayings([ownCharge, plain])).toHaveLength(1);
      const channelled = said({ citations: [{ source: 'a.txt', quote: 'Arland said in a statement that it welcomed an inquiry.' }] });
      expect(foldContinuedSayings([channelled, charge('He accused Borea of seeking control of the strait.')]).map((m) => m.kind)).toEqual(['accusation']);
    });
  });
});
