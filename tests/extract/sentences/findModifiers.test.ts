import { describe, expect, test } from 'vitest';
import { tagText } from '../../../scripts/lib/extract/happenings/tagText.ts';
import { findModifiers } from '../../../scripts/lib/extract/sentences/findModifiers.ts';

/** Each modifier as [the noun it tells of, its words]. */
const modifiers = (text: string) => findModifiers(tagText(text)).map((m) => [text.slice(m.head.start, m.head.end), text.slice(m.start, m.end)]);

describe('findModifiers: what a clause inside the sentence tells of a noun', () => {
  test.each<[string, string[][]]>([
    // A participle with its agent.
    ['Two bodies were found on the ridge, the hill shelled by rebel guns on Monday.', [['hill', 'shelled by rebel guns on Monday']]],
    ['Troops clashed on Friday near the post seized by militiamen in March.', [['post', 'seized by militiamen in March']]],
    // A participle of making after what it makes, as subject or object, ending at the sentence's verb.
    ['The truce signed on 3 May collapsed on Saturday.', [['truce', 'signed on 3 May']]],
    ['The ministers said they would respect the ceasefire agreed on Sunday.', [['ceasefire', 'agreed on Sunday']]],
    ['The talks held in the capital last week ended without a deal.', [['talks', 'held in the capital last week']]],
    // A relative clause without its "that".
    ['The government accused the rebels of breaking the accord they signed last month.', [['accord', 'they signed last month']]],
    // It ends where another phrase is joined on.
    ['Envoys met on Thursday to review the truce agreed in March and the border closure of last week.', [['truce', 'agreed in March']]],
    // In a phrase the sentence opens with, before its comma.
    ['Under the accord they signed in the capital on 4 May, both armies were to pull back.', [['accord', 'they signed in the capital on 4 May']]],
    // Set off by commas, before the sentence's verb.
    ['The truce, agreed on Tuesday, held on Thursday.', [['truce', 'agreed on Tuesday']]],
  ])('"%s" → %j', (text, expected) => {
    expect(modifiers(text)).toEqual(expected);
  });

  test.each([
    // A clause of its own: the participle is the sentence's verb.
    'The two sides agreed on Sunday to halt all firing.',
    'The rebels attacked the post on Monday.',
    // Its subject, with a past verb after "said": what was said, not a modifier.
    'Officials said the two countries agreed last week to reopen the border.',
    'Officials said the rebels attacked the post on Monday.',
    // After the one told, a pronoun opens what was told.
    'The minister told reporters they agreed on Monday to meet again.',
    // A verb with an object of its own after a pronoun opens a clause.
    'In a post on its website it said the soldiers had crossed the line.',
    // "By" with a means, not an agent.
    'The minister answered by announcing that the embassy would close.',
    'The commander spoke by telephone on Sunday with his counterpart, the ministry said.',
    // After a date, a pronoun opens the sentence's own clause.
    'On Wednesday it said its air force had struck two depots.',
    'Late on 3 May they signed the accord.',
    // Commas round a list of parties, and a participle with no verb of the sentence after its comma.
    'Arland and Borea, agreed on Tuesday to a truce.',
    'The envoys met to discuss the truce, agreed on Tuesday.',
    // A participle of planning looks ahead: the plan's day is read as before.
    'The summit scheduled by the bloc for Friday was put off.',
  ])('"%s" has none', (text) => {
    expect(modifiers(text)).toEqual([]);
  });
});
