import { describe, expect, test } from 'vitest';
import { isFigureOfCause } from '../../../scripts/lib/extract/mentions/isFigureOfCause.ts';

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
const NUMBER = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b/gi;
const of = (text: string, figure: string, happenings: string[]) =>
  isFigureOfCause(text, at(text, figure), happenings.map((h) => at(text, h)), [...text.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length })));

describe('isFigureOfCause: a toll of what set a happening off', () => {
  test.each([
    ['The fighting near Ondria began after three Borean guards were killed.', 'three', ['fighting'], true],
    ['Clashes at the Kelvask Pass started last week, after Arland said it had killed two Borean scouts.', 'two', ['Clashes'], true],
    ['The clashes, which began following the deaths of four farmers, left ten people dead.', 'four', ['clashes'], true],
    // The figure after the setting's clause counts the happening itself.
    ['The clashes, which began after four farmers were killed, left ten people dead.', 'ten', ['clashes'], false],
    ['The fighting that began after four farmers were killed has left ten people dead.', 'ten', ['fighting'], false],
    // A happening named in the setting has the figure: "after shelling killed three".
    ['Arland closed the crossing after shelling killed three villagers.', 'three', ['shelling'], false],
    // A clause break ends the setting: the figure is the clash's own toll.
    ['Troops clashed after a quarrel over water, killing three.', 'three', ['clashed'], false],
    // With no happening before it, the setting tells the only violence of the sentence.
    ['After three soldiers were killed, Arland closed the crossing.', 'three', [], false],
    ['Three soldiers were killed after Borean troops opened fire.', 'Three', ['opened fire'], false],
  ])('"%s", %s → %s', (text, figure, happenings, expected) => {
    expect(of(text, figure, happenings)).toBe(expected);
  });
});
