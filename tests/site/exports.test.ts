import { readFile } from 'node:fs/promises';
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { parseHTML } from 'linkedom';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { canonicalEvent, sortEvents } from '../../src/lib/serializeEventsFile.ts';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { escapeHtml } from '../../src/lib/escapeHtml.ts';
import { CSV_COLUMNS, type CsvColumn } from '../../src/lib/exports/eventsCsv.ts';
import { daySpan } from '../../src/lib/partialDate.ts';
import { eventPath } from '../../src/lib/urls.ts';
import { siteConfig } from '../../src/siteConfig.ts';
import { builtFile } from '../helpers/builtSites.ts';
import { strictXmlErrors } from '../helpers/strictXml.ts';

const dist = (file: string) => readFile(builtFile(file), 'utf8');
const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const events = sortEvents(data.events);
const byId = new Map(events.map((e) => [e.id, e]));
const dayAfter = (day: string) => DateTime.fromISO(day, { zone: 'UTC' }).plus({ days: 1 }).toISODate();

describe('the built /events.json', () => {
  test('holds the events of data/events.json, in canonical form, and points at the published schema', async () => {
    const file = JSON.parse(await dist('events.json'));
    expect(file.events).toEqual(events.map(canonicalEvent));
    expect(new URL(file.$schema, 'https://example.org/events.json').pathname).toBe('/events.schema.json');
    expect(EventsFile.parse(file).events.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.source)));
    expect(new Set(file.sources.map((s: { file: string }) => s.file))).toEqual(cited);
  });

  test('is served beside a byte-identical copy of data/events.schema.json', async () => {
    expect(await dist('events.schema.json')).toBe(await readFile('data/events.schema.json', 'utf8'));
  });
});

describe('the built /events.csv, read by csv-parse', () => {
  const rows = async () => parse(await dist('events.csv'), { columns: true }) as Record<CsvColumn, string>[];

  test('has exactly the ACLED-style columns and one row per event', async () => {
    const [header] = parse(await dist('events.csv'), { to_line: 1 }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    expect((await rows()).map((r) => r.event_id)).toEqual(events.map((e) => e.id));
  });

  test('gives each event its first day and its ACLED time precision: 1 a day, 2 a window within a week, 3 a month', async () => {
    const dates = new Map((await rows()).map((r) => [r.event_id, `${r.event_date} ${r.time_precision}`]));
    expect(dates.get('2025-07-fighting')).toBe('2025-07-01 3');
    expect(dates.get('2025-12-22-talks')).toBe('2025-12-22 2');
    expect(dates.get('2025-12-24-talks')).toBe('2025-12-24 1');
  });

  test('keeps summaries whole, with their commas and quotes, at the start of notes', async () => {
    for (const row of await rows()) expect(row.notes.startsWith(byId.get(row.event_id)!.summary)).toBe(true);
  });
});

describe('the built /events.ics, read by ical.js', () => {
  const vevents = async () =>
    new ICAL.Component(ICAL.parse(await dist('events.ics')) as unknown[]).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));

  test(`has one all-day VEVENT per event, right in ${process.env.TZ}`, async () => {
    const all = await vevents();
    expect(all.map((e) => e.uid.split('@')[0])).toEqual(events.map((e) => e.id));
    for (const vevent of all) {
      const event = byId.get(vevent.uid.split('@')[0]!)!;
      expect(vevent.startDate.isDate).toBe(true);
      expect(vevent.startDate.toString(), event.id).toBe(daySpan(event.date).first);
      // DTEND of an all-day event is the day after its last day.
      expect(vevent.endDate.toString(), event.id).toBe(dayAfter(daySpan(event.endDate ?? event.date).last));
      expect(vevent.summary).toBe(event.title);
      expect(new URL(vevent.component.getFirstPropertyValue('url') as string).pathname).toBe(eventPath(event.id));
      expect(vevent.component.getFirstPropertyValue('status')).toBe(event.status === 'occurred' ? 'CONFIRMED' : 'TENTATIVE');
      for (const citation of event.citations) expect(vevent.description).toContain(`“${citation.quote}”`);
    }
  });

  test('covers day, range and month precision as the data has them', async () => {
    const spans = new Map((await vevents()).map((e) => [e.uid.split('@')[0], `${e.startDate}/${e.endDate}`]));
    expect(spans.get('2025-07-fighting')).toBe('2025-07-01/2025-08-01');
    expect(spans.get('2025-12-22-talks')).toBe('2025-12-22/2025-12-24');
    expect(spans.get('2025-12-24-talks')).toBe('2025-12-24/2025-12-25');
  });
});

describe('the built /feed.xml, read by @rowanmanning/feed-parser', () => {
  test('has one entry per event, newest first, each linking to its event page', async () => {
    const feed = parseFeed(await dist('feed.xml'));
    const newestFirst = [...events].sort((a, b) => daySpan(b.date).first.localeCompare(daySpan(a.date).first) || a.id.localeCompare(b.id));
    expect(feed.items.map((i) => new URL(i.url!).pathname)).toEqual(newestFirst.map((e) => eventPath(e.id)));
    expect(feed.items.map((i) => i.title)).toEqual(newestFirst.map((e) => e.title));
    expect(new Set(feed.items.map((i) => i.id)).size).toBe(events.length);
    expect(feed.updated).toBeInstanceOf(Date);
  });

  test('is well-formed XML for a strict parser, as the strictest feed readers need', async () => {
    expect(strictXmlErrors(await dist('feed.xml'))).toEqual([]);
  });
});

describe('the built /timelinejs.json', () => {
  test('has one slide per event, month-precision events without a day, quoting every citation', async () => {
    const file = JSON.parse(await dist('timelinejs.json'));
    const starts = new Map(file.events.map((s: { unique_id: string; start_date: object }) => [s.unique_id, s.start_date]));
    expect(starts.get('2025-07-fighting')).toEqual({ year: 2025, month: 7 });
    expect(starts.get('2025-12-24-talks')).toEqual({ year: 2025, month: 12, day: 24 });
    expect(file.title.text.headline).toBeTruthy();
    expect(file.events.map((s: { unique_id: string }) => s.unique_id)).toEqual(events.map((e) => e.id));
    for (const slide of file.events) {
      const event = byId.get(slide.unique_id)!;
      for (const citation of event.citations) expect(slide.text.text).toContain(`<p>${escapeHtml(citation.quote)}</p>`);
    }
  });
});

describe('the built /data/ page', () => {
  test('links to every export, which the build wrote, and names the licence and every CSV column', async () => {
    const { document } = parseHTML(await dist('data/index.html'));
    const links = [...document.querySelectorAll('.files dt a')].map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['/events.json', '/events.schema.json', '/events.csv', '/events.geojson', '/events.ics', '/feed.xml', '/timelinejs.json']);
    for (const link of links) await expect(dist(link.slice(1))).resolves.toBeTruthy();
    expect(document.querySelector(`a[href="${siteConfig.licence.url}"]`)).not.toBeNull();
    const terms = [...document.querySelectorAll('dt code')].map((c) => c.textContent);
    for (const column of CSV_COLUMNS) expect(terms).toContain(column);
    expect(document.querySelector('nav a[aria-current="page"]')!.textContent).toBe('Data');
  });
});
