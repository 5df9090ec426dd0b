import { describe, expect, test } from 'vitest';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { findRelativeClauses } from '../../../scripts/lib/extract/sentences/findRelativeClauses.ts';

/** Each clause as [the noun phrase it tells of, its words]. */
const clauses = (text: string) => findRelativeClauses(tagText(text)).map((m) => [text.slice(m.head.start, m.head.end), text.slice(m.start, m.end)]);

// Sentences written for these tests, of no real report.
describe('findRelativeClauses: the clauses that tell something of a noun set before them', () => {
  test.each<[string, string[][]]>([
    // Set off by a comma, up to the next mark.
    ['Rockets hit the base, which Lena Ferrin visited in December 2018, and a depot.', [['the base', 'which Lena Ferrin visited in December 2018']]],
    ['She had no word on casualties from firing at Velmora, where Borean guards had sounded an alert on Wednesday.', [['Velmora', 'where Borean guards had sounded an alert on Wednesday']]],
    // With no comma; a phrase joined on by a preposition belongs to the noun it tells of.
    ['Ana Ruiz called off a visit to Velmora that had been set for Wednesday, Borea said.', [['a visit to Velmora', 'that had been set for Wednesday']]],
    // Ended by the sentence's own verb after the clause's.
    ['Families who fled the shelling cooked rice in a school yard on Monday.', [['Families', 'who fled the shelling']]],
    // A participle after a clause "that" opens, or an aside hung on its last noun, goes on telling it.
    ['Ondria showed evidence that a Borean torpedo sank the corvette on March 26, killing 46 sailors.', [['evidence', 'that a Borean torpedo sank the corvette on March 26, killing 46 sailors']]],
    ['Trouble broke out again, in a piece that recalls the violence of June 2010, which killed hundreds.', [['a piece', 'that recalls the violence of June 2010, which killed hundreds']]],
    ['Trouble broke out again, in a piece that recalls the violence of June 2010 in Ondria, which killed hundreds.', [
      ['a piece', 'that recalls the violence of June 2010 in Ondria, which killed hundreds'],
      ['the violence of June 2010 in Ondria', 'which killed hundreds'],
    ]],
    // A time that ends both a clause with no comma and the sentence is left to the main verb too.
    ['Borean guards killed a shepherd who had crossed the line near Velmora on Saturday.', []],
    // A participle of planning after a noun phrase tells of all of it, back to its verb.
    ['Borea canceled a meeting with Lena Ferrin, planned on the sidelines for Thursday, in protest.', [['a meeting with Lena Ferrin', 'planned on the sidelines for Thursday']]],
    // A second subject after "and" opens a clause of its own.
    ['Arland protested against the road, which Borea opened and Ondria closed.', [['the road', 'which Borea opened']]],
  ])('"%s" → %j', (text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });

  test.each([
    // "On Monday that …" hangs on no noun; "in which" opens what happened at the time just named.
    'Arland said on Monday that Borean troops had crossed the border.',
    'The reprisal followed an incident on Sunday in which gunmen crossed the river.',
    // A relative pronoun with no verb of its own before the next mark.
    'Helicopters flew towards the camp, where, residents said, they dropped off soldiers.',
  ])('"%s" has none', (text) => {
    expect(clauses(text)).toEqual([]);
  });
});
