import { describe, expect, test } from 'vitest';
import { antecedentOf } from '../../../scripts/lib/extract/mentions/antecedentOf.ts';

const at = (text: string, words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length, words });
const of = (text: string, figure: string, happenings: string[]) => antecedentOf(text, at(text, figure), happenings.map((h) => at(text, h)))?.words;

describe('antecedentOf: the happening a relative clause holding a figure is said of', () => {
  test.each([
    ['It began with the raid on Ondria on 2 May, in which 28 people were killed, and with Borean strikes on 7 May.', '28', ['raid', 'strikes'], 'raid'],
    ['Arland answered with its heaviest shelling of the month, which killed 10 people.', '10', ['shelling'], 'shelling'],
    ['The four days of fighting around the Kelvask Pass, which killed eleven, ended on Friday.', 'eleven', ['fighting'], 'fighting'],
    // A happening named inside the relative clause has the figure.
    ['The truce talks, during which shelling killed three, broke down.', 'three', ['talks', 'shelling'], undefined],
    // No relative clause, or a noun too far back: nothing to say.
    ['Borean strikes hit Velmora and killed 12.', '12', ['strikes'], undefined],
    ['The raid came as the army moved more troops towards the long northern border with Borea, which 40 villagers fled.', '40', ['raid'], undefined],
  ])('"%s", %s → %s', (text, figure, happenings, expected) => {
    expect(of(text, figure, happenings)).toBe(expected);
  });
});
