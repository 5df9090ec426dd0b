// A large archive (25,000 events, thousands of articles) must build in time linear in its size:
// an export that went over every article for every event grew with events × articles. Counting
// the passes over the articles is the deterministic part of that; the build's time is the
// benchmark's (npm run bench).
import { describe, expect, test } from 'vitest';
import { Event } from '../../src/lib/eventSchema.ts';
import { eventsCsv } from '../../src/lib/exports/eventsCsv.ts';
import type { ExportInput } from '../../src/lib/exports/exportInput.ts';
import { eventsFeed } from '../../src/lib/exports/eventsFeed.ts';
import { eventsIcs } from '../../src/lib/exports/eventsIcs.ts';
import { timelineJs } from '../../src/lib/exports/timelineJs.ts';
import { input, nastyEvent } from '../helpers/exportInput.ts';

type Sources = ExportInput['sources'];
type SourceValue = Sources extends ReadonlyMap<string, infer V> ? V : never;

/** The articles, counting every pass over all of them (values, entries, keys, iteration, forEach). */
class CountingSources extends Map<string, SourceValue> {
  passes = 0;
  override values() { this.passes++; return super.values(); }
  override entries() { this.passes++; return super.entries(); }
  override keys() { this.passes++; return super.keys(); }
  override forEach(...args: Parameters<Map<string, SourceValue>['forEach']>) { this.passes++; super.forEach(...args); }
  override [Symbol.iterator]() { this.passes++; return super.entries(); }
}

/** `n` events that cite both articles and on which the sources disagree (so every export describes it). */
const events = (n: number) => Array.from({ length: n }, (_, i) => Event.parse({ ...nastyEvent, id: `2025-12-24-nasty-${i}` }));

const EXPORTS: [string, (input: ExportInput) => unknown][] = [
  ['events.csv', (i) => eventsCsv(i, 'en-GB')],
  ['events.ics', (i) => eventsIcs(i, { name: 'T', description: 'T', uidDomain: 'example.org', url: 'https://example.org/events.ics', locale: 'en-GB' })],
  ['feed.xml', (i) => eventsFeed(i, { title: 'T', description: 'T', home: 'https://example.org/', self: 'https://example.org/feed.xml', rights: 'CC BY 4.0', locale: 'en-GB' })],
  ['timelinejs.json', (i) => timelineJs(i, { headline: 'T', text: 'T' }, 'en-GB')],
];

describe('the exports go over the articles a fixed number of times, however many events there are', () => {
  test.each(EXPORTS)('%s', (_name, write) => {
    const passes = (n: number) => {
      const sources = new CountingSources(input().sources);
      write({ ...input(events(n)), sources });
      return sources.passes;
    };
    const [few, many] = [passes(3), passes(300)];
    expect(few).toBeGreaterThan(0);
    expect(many).toBe(few);
  });
});
