import { describe, expect, test } from 'vitest';
import { Event, type Kind } from '../src/lib/eventSchema.ts';
import { weeklyCounts } from '../src/lib/weeklyCounts.ts';

const event = (id: string, date: string, kind: Kind = 'fighting', endDate?: string, approximate = false) =>
  Event.parse({ id, date, endDate, approximate, kind, status: 'occurred', title: id, summary: 's', citations: [{ source: 'a.txt', quote: 'q' }] });

const summary = (events: Event[]) => {
  const { weeks, counts, unplaced } = weeklyCounts(events);
  return { weeks, counts: counts.map((c) => `${c.week} ${c.kind} ${c.count}`), unplaced: unplaced.map((e) => e.id) };
};

describe('weeklyCounts', () => {
  test.each([
    {
      name: 'counts events by the Monday-to-Sunday week of their day',
      events: [event('sun', '2025-12-07'), event('mon', '2025-12-08'), event('wed', '2025-12-10', 'talks')],
      weeks: ['2025-12-01', '2025-12-08'],
      counts: ['2025-12-01 fighting 1', '2025-12-08 fighting 1', '2025-12-08 talks 1'],
      unplaced: [],
    },
    {
      name: 'adds up events of one kind in one week',
      events: [event('a', '2025-12-22', 'talks'), event('b', '2025-12-24', 'talks'), event('c', '2025-12-28', 'talks')],
      weeks: ['2025-12-22'],
      counts: ['2025-12-22 talks 3'],
      unplaced: [],
    },
    {
      name: 'keeps the empty weeks between the first and last',
      events: [event('a', '2025-12-01'), event('b', '2025-12-22')],
      weeks: ['2025-12-01', '2025-12-08', '2025-12-15', '2025-12-22'],
      counts: ['2025-12-01 fighting 1', '2025-12-22 fighting 1'],
      unplaced: [],
    },
    {
      name: 'puts a span of a few days, or a short approximate window, in the week of its first day',
      events: [event('talks', '2025-12-24', 'talks', '2025-12-26'), event('window', '2025-12-28', 'ceasefire', '2025-12-30', true)],
      weeks: ['2025-12-22'],
      counts: ['2025-12-22 talks 1', '2025-12-22 ceasefire 1'],
      unplaced: [],
    },
    {
      name: 'does not guess a week for a month, a year or a window longer than a week',
      events: [event('month', '2025-07'), event('year', '2025'), event('long', '2025-12-01', 'fighting', '2025-12-20', true), event('day', '2025-12-24', 'talks')],
      weeks: ['2025-12-22'],
      counts: ['2025-12-22 talks 1'],
      unplaced: ['month', 'year', 'long'],
    },
    {
      name: 'crosses a year boundary by ISO weeks',
      events: [event('a', '2025-12-31'), event('b', '2026-01-05')],
      weeks: ['2025-12-29', '2026-01-05'],
      counts: ['2025-12-29 fighting 1', '2026-01-05 fighting 1'],
      unplaced: [],
    },
    {
      name: 'reaches an end given as a month to that month’s last day',
      events: [event('to-month', '2025-12-24', 'talks', '2025-12'), event('late', '2025-12-29', 'talks', '2025-12')],
      weeks: ['2025-12-29'],
      counts: ['2025-12-29 talks 1'],
      unplaced: ['to-month'],
    },
    { name: 'gives no weeks for no events', events: [], weeks: [], counts: [], unplaced: [] },
  ])('$name', ({ events, weeks, counts, unplaced }) => {
    expect(summary(events)).toEqual({ weeks, counts, unplaced });
  });

  test('gives the same weeks in a zone whose clocks change within them', () => {
    const events = [event('before', '2025-03-08'), event('after', '2025-03-10'), event('autumn', '2025-11-02', 'talks')];
    expect(weeklyCounts(events, 'America/New_York')).toEqual(weeklyCounts(events, 'Asia/Bangkok'));
    expect(weeklyCounts(events, 'America/New_York').counts.map((c) => c.week)).toEqual(['2025-03-03', '2025-03-10', '2025-10-27']);
  });

  test('does not depend on the machine’s time zone (the suite runs in America/Los_Angeles)', () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    expect(weeklyCounts([event('sun', '2025-12-07')]).counts[0]!.week).toBe('2025-12-01');
  });
});
