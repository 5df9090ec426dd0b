import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// A plan called off at the day it was due was not held: an undated report of talks in the days
// after is some other contact, not the plan carried out. Invented reports of Arland and Borea;
// 10 June 2024 is a Monday.
const now = DateTime.fromISO('2026-12-01', { zone: 'UTC' });
const run = (...articles: [string, string, string][]) =>
  extractEvents({ articles: articles.map(([name, body, day]) => article(name, `Border report\n\n${body}\n`, day)), lexicon: invented, now, locale: 'en-GB' }).file.events;
const talksOn = (events: ReturnType<typeof run>, day: string) => events.filter((e) => e.kind === 'talks' && e.date === day);

describe('a plan called off stays a plan', () => {
  test('an undated call told after the plan was called off leaves it scheduled', () => {
    const events = run(
      ['monday.txt', "Arland's foreign minister has cancelled the trip to Borea he was due to make on Wednesday.", '2024-06-10'],
      ['friday.txt', "The Borean president telephoned Arland's prime minister.", '2024-06-14'],
    );
    expect(talksOn(events, '2024-06-12').map((e) => e.status)).toEqual(['scheduled']);
    // The call is not lost: it stands on the day its report tells it.
    expect(talksOn(events, '2024-06-14').map((e) => e.status)).toEqual(['occurred']);
  });
});
