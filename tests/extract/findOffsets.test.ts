import { describe, expect, test } from 'vitest';
import { findOffsets } from '../../scripts/lib/extract/time/findOffsets.ts';

const days = (text: string) => findOffsets(text).map((o) => [text.slice(o.start, o.end), o.days]);

describe('findOffsets: lengths of time counted from another happening', () => {
  test.each<[string, (string | number)[][]]>([
    ['Troops clashed a day after the talks.', [['a day after', 1]]],
    ['Rebels shelled the town two days before the vote.', [['two days before', -2]]],
    ['The guns fell silent the day after the summit.', [['the day after', 1]]],
    ['The army struck 3 days after the ambush.', [['3 days after', 3]]],
    // Hours keep to the other happening's day.
    ['Shelling resumed hours after the truce took effect.', [['hours after', 0]]],
    ['Rockets landed just hours before the ceasefire began.', [['just hours before', 0]]],
    ['Fighting flared a few hours after the deal was signed.', [['a few hours after', 0]]],
    ['The border reopened two hours after the talks ended.', [['two hours after', 0]]],
    // Weeks count seven days each.
    ['Fighting broke out again a week after the truce was signed.', [['a week after', 7]]],
    ['The envoy returned two weeks before the summit.', [['two weeks before', -14]]],
  ])('"%s" → %j', (text, expected) => {
    expect(days(text)).toEqual(expected);
  });

  test.each([
    // A vague number of days or weeks names no day.
    'Fighting resumed a few days after the truce.',
    'Talks opened several weeks after the clashes.',
    // "The week after" is a span; a month names no day.
    'Shelling went on in the week after the summit.',
    // "The days before" is a stretch of days, no day.
    'Gunmen attacked polling stations in the days before the vote.',
    'The border reopened a month after the clashes.',
    // "Hours of talks" counts nothing from another happening.
    'After hours of talks, the ministers signed a deal.',
  ])('"%s" counts no day', (text) => {
    expect(findOffsets(text)).toEqual([]);
  });
});
