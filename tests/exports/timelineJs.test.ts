import { describe, expect, test } from 'vitest';
import { timelineJs } from '../../src/lib/exports/timelineJs.ts';
import { input } from '../helpers/exportInput.ts';

const file = timelineJs(input(), { headline: 'A & B', text: 'About <this>' }, 'en-GB');

describe('timelineJs', () => {
  test('dates a month-precision event without a day and a span with an end date', () => {
    expect(file.events.map((e) => [e.unique_id, e.start_date, e.end_date])).toEqual([
      ['2025-07-fighting', { year: 2025, month: 7 }, undefined],
      ['2025-12-22-talks', { year: 2025, month: 12, day: 22 }, { year: 2025, month: 12, day: 23 }],
      ['2025-12-24-nasty', { year: 2025, month: 12, day: 24 }, undefined],
    ]);
    expect(file.events.map((e) => e.display_date)).toEqual(['July 2025', 'between 22 December 2025 and 23 December 2025', '24 December 2025']);
  });

  test('escapes every piece of data it puts in HTML', () => {
    expect(file.title.text).toEqual({ headline: 'A &amp; B', text: '<p>About &lt;this&gt;</p>' });
    const nasty = file.events[2]!;
    expect(nasty.text.headline).toBe('Shelling &quot;near&quot; the &lt;script&gt;alert(1)&lt;/script&gt; temple, again');
    expect(nasty.text.text).not.toMatch(/<script|<b>/);
  });

  test('cites each quote with a link to its passage, and links to the event page', () => {
    const text = file.events[2]!.text.text;
    expect(text).toContain('<a href="https://example.org/sources/a.txt/#p-0-');
    expect(text).toContain('Daily, &quot;Quoted&quot; News: Clashes &lt;again&gt;</a>');
    expect(text).toContain('<a href="https://example.org/events/2025-12-24-nasty/">');
    expect(file.events[2]!.group).toBe('Fighting');
  });
});
