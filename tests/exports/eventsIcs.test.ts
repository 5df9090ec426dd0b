import ical from 'ical-generator';
import ICAL from 'ical.js';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { calendarFields, eventsIcs, eventsIcsParts } from '../../src/lib/exports/eventsIcs.ts';
import { generatedInput, input, nastyEvent } from '../helpers/exportInput.ts';

const options = { name: 'Test', description: 'Test calendar', uidDomain: 'example.org', url: 'https://example.org/events.ics', locale: 'en-GB' };

function vevents(ics: string) {
  return new ICAL.Component(ICAL.parse(ics) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
}

afterEach(() => {
  vi.useRealTimers();
});

describe('eventsIcs', () => {
  test('writes all-day events: a day, an approximate window, a whole month, each with an exclusive end', () => {
    const dates = vevents(eventsIcs(input(), options)).map((e) => [e.uid, e.startDate.isDate, e.startDate.toString(), e.endDate.toString()]);
    expect(dates).toEqual([
      ['2025-07-fighting@example.org', true, '2025-07-01', '2025-08-01'],
      ['2025-12-22-talks@example.org', true, '2025-12-22', '2025-12-24'],
      ['2025-12-24-nasty@example.org', true, '2025-12-24', '2025-12-25'],
    ]);
  });

  test('marks scheduled and claimed events tentative, and keeps markup and line breaks as text', () => {
    const [month, talks, nasty] = vevents(eventsIcs(input(), options));
    expect(month!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(talks!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(nasty!.component.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(nasty!.summary).toBe(nastyEvent.title);
    expect(nasty!.description).toContain(`“${nastyEvent.citations[0]!.quote}”\n— Daily, "Quoted" News: Clashes <again>\nhttps://example.org/sources/a.txt/`);
    expect(nasty!.component.getFirstPropertyValue('url')).toBe('https://example.org/events/2025-12-24-nasty/');
  });

  test('gives the same bytes whatever the clock says, stamped with the latest publication day', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T12:34:56Z') });
    const first = eventsIcs(input(), options);
    vi.setSystemTime(new Date('2031-06-01T01:02:03Z'));
    expect(eventsIcs(input(), options)).toBe(first);
    expect(first).toContain('DTSTAMP:20251225T000000Z');
  });

  test('files each event under its kind, and its type when it has one, as categories', () => {
    const categories = vevents(eventsIcs(input([{ ...nastyEvent, kind: 'strike', type: 'shelling' }, { ...nastyEvent, id: 'b', kind: 'talks', type: undefined }]), options))
      .map((e) => e.component.getAllProperties('categories').flatMap((p) => p.getValues()));
    expect(categories).toEqual([['Shelling, strikes and mines', 'Shelling, artillery or missile attack'], ['Talks and meetings']]);
  });

  test('written a part at a time, gives the bytes ical-generator writes for the whole calendar, folded lines and all', () => {
    const archive = generatedInput(300);
    const { calendar, events } = calendarFields(archive, options);
    const whole = ical(calendar);
    for (const event of events()) whole.createEvent(event);
    const parts = [...eventsIcsParts(archive, options)];
    expect(parts).toHaveLength(archive.events.length + 2);
    const ics = parts.join('');
    expect(ics).toBe(whole.toString());
    // The Thai and Khmer lines are long enough to be folded, and stay readable once unfolded.
    expect(ics).toMatch(/\r\n [^\r]*ชายแดน/);
    const parsed = vevents(ics);
    expect(parsed).toHaveLength(archive.events.length);
    expect(parsed[3]!.summary).toBe(archive.events[3]!.title);
    expect(parsed[3]!.description.startsWith(archive.events[3]!.summary)).toBe(true);
  }, 30_000);
});
