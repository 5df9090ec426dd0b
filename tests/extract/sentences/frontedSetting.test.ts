import { describe, expect, test } from 'vitest';
import { frontedSetting } from '../../../scripts/lib/extract/sentences/frontedSetting.ts';
import { compileLexicon } from '../../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented, inventedRead } from '../../helpers/lexicon.ts';

/** The settings a sentence fronts, as text. */
const fronted = (text: string, lexicon = invented) => text.slice(0, frontedSetting(text, lexicon));

// A third invented country whose capital ends in -ing, as Beijing, Nanjing or Kunming do.
const withKelvasking = compileLexicon({
  ...inventedRead,
  actors: [...inventedRead.actors, { name: 'Kelvasia', type: 'country', aliases: ['Kelvasia', 'Kelvasian'], metonyms: ['Kelvasking'] }],
});

describe('frontedSetting: settings fronted before a speaker', () => {
  test.each([
    ['Speaking on Tuesday, Arland said the border was closed.', 'Speaking on Tuesday, '],
    ["Responding to the strikes, Arland urged restraint.", 'Responding to the strikes, '],
    ['Following talks with Borea, Arland said the crossing would reopen.', 'Following talks with Borea, '],
    ['Asked about the charge, Borea said it had fired no shell.', 'Asked about the charge, '],
    ['On Tuesday, after three days in Velmora, the envoy said talks would go on.', 'On Tuesday, after three days in Velmora, '],
    // A participle's phrase may hold a clause with a verb of its own, and -ed words that qualify a noun.
    ['Responding to claims that Arland had fired first, Borea said it was defending itself.', 'Responding to claims that Arland had fired first, '],
    ['Referring to the disputed islands, Borea said they were its own.', 'Referring to the disputed islands, '],
    // A span of time counted into or after a happening.
    ['Nearly three weeks into the boycott of Borea, the four states behind it said what it would take to lift it.', 'Nearly three weeks into the boycott of Borea, '],
    ['Two days after the clash at Kelvask Pass, Ondria urged restraint.', 'Two days after the clash at Kelvask Pass, '],
    ['On Monday, reacting to the closure, Arland protested.', 'On Monday, reacting to the closure, '],
  ])('%s', (text, setting) => {
    expect(fronted(text)).toBe(setting);
  });

  test.each([
    // A name ending in -ing that opens a sentence is its subject, told by the verb after it.
    'Velming on Tuesday accused Borea of provocations, saying its ships had entered Arlandese waters.',
    'Kelvasking on Monday rejected the charge, saying no shell was fired.',
    'King on Sunday said the talks had failed, adding that more would follow.',
  ])('a name ending in -ing with a verb of its own is no setting: %s', (text) => {
    expect(fronted(text)).toBe('');
  });

  test('a name ending in -ing after the sentence start is capitalised, so no participle', () => {
    expect(fronted('On Tuesday, Velming on behalf of Borea, the envoy spoke.')).toBe('On Tuesday, ');
  });

  test('a name the lexicon knows is never a participle, even with no verb before its comma', () => {
    const text = 'Kelvasking on Tuesday, in a statement, urged both sides to talk.';
    expect(fronted(text, withKelvasking)).toBe('');
    // Without the lexicon, nothing tells the capital from a participle here.
    expect(fronted(text, invented)).not.toBe('');
  });

  test("a capital ending in -ing that speaks is the speaker, its country's", () => {
    const text = 'Kelvasking on Tuesday accused Borea of provocations, saying its ships had entered Kelvasian waters.';
    const said = [...analyseSentence({ start: 0, end: text.length, text }, 0, withKelvasking).about]
      .filter(([t]) => t.value === 'accusation')
      .map(([, f]) => f.speaker);
    expect(said).toEqual(['Kelvasia']);
  });
});
