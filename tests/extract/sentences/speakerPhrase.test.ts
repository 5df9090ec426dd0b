import { describe, expect, test } from 'vitest';
import { speakerPhrase } from '../../../scripts/lib/extract/sentences/speakerPhrase.ts';

/** The phrase of the head `head` of a speaker before the verb `verb`. */
const phraseOf = (text: string, head: string, verb: string) => {
  const start = text.indexOf(head);
  return speakerPhrase(text, { start, end: start + head.length, text: head }, text.indexOf(` ${verb}`)).text;
};

describe('speakerPhrase: the whole noun phrase of a speaker', () => {
  test.each([
    // A place after the head qualifies it: the officials of that capital.
    ['Officials in Arlandia City said on Tuesday that the pass was calm.', 'Officials', 'said', 'Officials in Arlandia City'],
    // A body after the head: whose spokesman.
    ['A spokesman for the Borean army told reporters the pass was calm.', 'A spokesman', 'told', 'A spokesman for the Borean army'],
    // A title in apposition before a name names its party.
    ["Arland's foreign minister, Jana Rolle, said on Tuesday that talks would resume.", 'Jana Rolle', 'said', "Arland's foreign minister, Jana Rolle"],
    // … and one after it, set off by commas.
    ['Ivo Marr, the deputy commander of the Borean border force, told the agency the guards held.', 'Ivo Marr', 'told', 'Ivo Marr, the deputy commander of the Borean border force'],
  ])('%s → %s', (text, head, verb, expected) => {
    expect(phraseOf(text, head, verb)).toBe(expected);
  });

  test.each([
    // A list is no apposition: the name alone speaks.
    ['Arland, Borea and Jana Rolle said on Tuesday that talks would resume.', 'Jana Rolle', 'said'],
    // What follows the verb is not the speaker's.
    ['Officials said in Arlandia City that the pass was calm.', 'Officials', 'said'],
  ])('leaves a head with nothing to take in as it was: %s', (text, head, verb) => {
    expect(phraseOf(text, head, verb)).toBe(head);
  });
});
