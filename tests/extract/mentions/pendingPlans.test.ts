import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { extractEvents } from '../../../scripts/lib/extract/extractEvents.ts';
import { article } from '../../helpers/article.ts';
import { invented } from '../../helpers/lexicon.ts';

// What a step waits on ("closed pending Monday's meeting") was still ahead: a plan, not a thing
// done. Told of a step in the past, it says nothing of whether or when it took place. Invented
// reports of Arland; 10 June 2024 is a Monday.
const now = DateTime.fromISO('2026-12-01', { zone: 'UTC' });
const run = (...articles: [string, string, string][]) =>
  extractEvents({ articles: articles.map(([name, body, day]) => article(name, `Border report\n\n${body}\n`, day)), lexicon: invented, now, locale: 'en-GB' }).file.events;
const measures = (events: ReturnType<typeof run>) => events.filter((e) => e.kind === 'measure').map((e) => `${e.date} ${e.status}`);
const PAST = "Arland had shut the crossings on Saturday and once more on Sunday, pending a session of its defence council on Monday.";

describe('a happening a step waits on is pending, not done', () => {
  test('waited on by a step that still stands, it is a plan for its day', () => {
    expect(measures(run(['sun.txt', "Arland's crossings stay shut pending Monday's meeting of its defence council.", '2024-06-09']))).toEqual(['2024-06-10 scheduled']);
  });

  test('waited on by a step told in the past, it is no happening of its own', () => {
    expect(measures(run(['wed.txt', PAST, '2024-06-12']))).toEqual([]);
  });

  test('and it does not turn the plan another report announced into one held', () => {
    const events = run(['fri.txt', "Arland's defence council will meet on Monday to decide on the border.", '2024-06-07'], ['wed.txt', PAST, '2024-06-12']);
    expect(measures(events)).toEqual(['2024-06-10 scheduled']);
  });
});
