import { getIssues, check } from '@placemarkio/check-geojson';
import ICAL from 'ical.js';
import { parse } from 'csv-parse/sync';
import { geoBounds, geoContains, geoDistance } from 'd3-geo';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, test } from 'vitest';
import { Event, type Place } from '../../src/lib/eventSchema.ts';
import { eventsCsv } from '../../src/lib/exports/eventsCsv.ts';
import { eventsGeoJson } from '../../src/lib/exports/eventsGeoJson.ts';
import { eventsIcs } from '../../src/lib/exports/eventsIcs.ts';
import { timelineJs } from '../../src/lib/exports/timelineJs.ts';
import { input } from '../helpers/exportInput.ts';

const thailand: Place = { name: 'Thailand', country: 'Thailand', kind: 'country' };
const surin: Place = { name: 'Surin', admin1: 'Surin', country: 'Thailand', kind: 'province', latitude: 14.936, longitude: 103.588 };
const temple: Place = { name: 'Ta Kwai temple', admin1: 'Surin', country: 'Thailand', kind: 'temple', latitude: 14.353, longitude: 103.373 };
const event = (id: string, places: Place[]) =>
  Event.parse({ id, date: '2025-12-08', kind: 'strike', type: 'shelling', status: 'occurred', title: `Shelling ${id}`, summary: 'Shells fell.', places, citations: [{ source: 'a.txt', quote: 'shells fell' }] });
const events = [event('2025-12-08-a', [thailand, surin, temple]), event('2025-12-08-b', [surin]), event('2025-12-08-c', [thailand]), event('2025-12-08-d', [])];
const calendar = { name: 'T', description: 'T', uidDomain: 'example.org', url: 'https://example.org/events.ics', locale: 'en-GB' };

describe('events.geojson, read back by a validating parser and by d3-geo', () => {
  const text = JSON.stringify(eventsGeoJson(input(events)));

  test('is valid GeoJSON (RFC 7946) by @placemarkio/check-geojson', () => {
    expect(getIssues(text)).toEqual([]);
  });

  test('has one Point per event with a place to map, at its most specific place, longitude first, and leaves the others out', () => {
    const collection = check(text) as FeatureCollection<Point>;
    expect(collection.features.map((f) => [f.id, f.geometry.coordinates])).toEqual([
      ['2025-12-08-a', [103.373, 14.353]],
      ['2025-12-08-b', [103.588, 14.936]],
    ]);
    // d3-geo agrees the temple lies some 68 km south-west of Surin's label point, as on a map.
    const [a, b] = collection.features.map((f) => f.geometry.coordinates as [number, number]);
    expect(geoDistance(a!, b!) * 6371).toBeCloseTo(68, -1);
    expect(geoBounds(collection)).toEqual([[103.373, 14.353], [103.588, 14.936]]);
  });

  test('carries every field of the event as properties, with ACLED’s location fields and the event’s page', () => {
    const [first] = (check(text) as FeatureCollection<Point, Record<string, unknown>>).features;
    expect(first!.properties).toMatchObject({ id: '2025-12-08-a', title: 'Shelling 2025-12-08-a', kind: 'strike', location: 'Ta Kwai temple', admin1: 'Surin', country: 'Thailand', geo_precision: 1, url: 'https://example.org/events/2025-12-08-a/' });
    expect(first!.properties.places).toEqual(events[0]!.places);
    expect(first!.properties.citations).toEqual(events[0]!.citations);
  });

  test('is an empty collection, still valid, when no event has a place', () => {
    const empty = JSON.stringify(eventsGeoJson(input([events[3]!])));
    expect(getIssues(empty)).toEqual([]);
    expect(geoContains(JSON.parse(empty), [0, 0])).toBe(false);
  });
});

describe('coordinates in the other exports', () => {
  test('events.csv gives latitude, longitude and geo_precision of the most specific place, empty when there is none', () => {
    const rows = parse(eventsCsv(input(events), 'en-GB'), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.location, r.admin1, r.latitude, r.longitude, r.geo_precision])).toEqual([
      ['Ta Kwai temple', 'Surin', '14.353', '103.373', '1'],
      ['Surin', 'Surin', '14.936', '103.588', '3'],
      ['Thailand', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(rows[0]!.notes).toContain('Also at: Thailand, Surin.');
  });

  test('events.ics names the places in LOCATION and gives GEO of the mapped one, read back by ical.js', () => {
    const vevents = new ICAL.Component(ICAL.parse(eventsIcs(input(events), calendar)) as unknown[]).getAllSubcomponents('vevent');
    expect(vevents.map((v) => [v.getFirstPropertyValue('location'), v.getFirstPropertyValue('geo')])).toEqual([
      ['Ta Kwai temple, Surin, Thailand; Thailand; Surin, Thailand', [14.353, 103.373]],
      ['Surin, Thailand', [14.936, 103.588]],
      ['Thailand', null],
      [null, null],
    ]);
  });

  test('timelinejs.json says where on each slide with a place, escaped as the slide’s markup', () => {
    const slides = timelineJs(input([...events, event('2025-12-08-e', [{ ...surin, name: 'A <b> & "c"' }])]), { headline: 'h', text: 't' }, 'en-GB').events;
    expect(slides.map((s) => s.text.text.match(/^<p class="tl-places">(.*?)<\/p>/)?.[1] ?? null)).toEqual([
      'Thailand; Surin, Thailand; Ta Kwai temple, Surin, Thailand',
      'Surin, Thailand',
      'Thailand',
      null,
      'A &lt;b&gt; &amp; &quot;c&quot;, Surin, Thailand',
    ]);
  });
});
