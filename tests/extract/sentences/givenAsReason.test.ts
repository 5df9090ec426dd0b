import { describe, expect, test } from 'vitest';
import { analyseSentence } from '../../../scripts/lib/extract/sentences/analyseSentence.ts';
import { invented } from '../../helpers/lexicon.ts';

// Invented sentences of Arland, Borea, Ondria and Velmora.
const kindsOf = (text: string) => [...analyseSentence({ start: 0, end: text.length, text }, 0, invented).about].map(([t]) => t.value);
const sayings = (kinds: readonly string[]) => kinds.filter((k) => k === 'statement' || k === 'accusation');

describe("givenAsReason: a participle of saying set off after the subject's own act is its reason, no saying", () => {
  test.each([
    ['Arland expelled the Borean consul and suspended all flights, charging that Borea shelters the raiders.'],
    ['Arland will shut its border with Borea from Thursday night, citing a Borean military exercise near the border.'],
    ['Arland closed the Halvane crossing on Tuesday, accusing Borea of shelling its posts.'],
  ])('%s → the act, no statement or accusation', (text) => {
    const kinds = kindsOf(text);
    expect(kinds.length).toBeGreaterThan(0);
    expect(sayings(kinds)).toEqual([]);
  });

  test.each([
    // The act is told on the speaker's word: the participle goes on with that telling.
    ['Arland said Borean troops shelled its post on Monday, adding that two soldiers were hurt.'],
    // A charge made outright, with no act of the subject's before it, stays.
    ['Ondria accused Velmora on Monday of harbouring the rebels.'],
  ])('%s → the saying stays', (text) => {
    expect(sayings(kindsOf(text)).length).toBeGreaterThan(0);
  });
});
