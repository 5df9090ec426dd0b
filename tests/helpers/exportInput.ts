import { generateTimeline } from '../../scripts/lib/bench/generateTimeline.ts';
import { Event } from '../../src/lib/eventSchema.ts';
import type { ExportInput } from '../../src/lib/exports/exportInput.ts';

/** An event written to break naive exporters: quotes, commas, line breaks, markup and a formula. */
export const nastyEvent = Event.parse({
  id: '2025-12-24-nasty',
  date: '2025-12-24',
  kind: 'fighting',
  type: 'armed-clash',
  status: 'claimed',
  title: 'Shelling "near" the <script>alert(1)</script> temple, again',
  summary: 'One side said, "we were fired on",\nthen: <b>nothing</b> & more; =SUM(A1)',
  places: [{ name: 'Preah Vihear, "the temple"', admin1: 'Preah Vihear', country: 'Cambodia' }],
  actors: ['Thailand', 'Cambodia', 'Line\nbreak "Corps"'],
  figures: [
    { measure: 'killed', unit: 'people', min: 3, qualifier: 'at-least', text: 'at least three', citation: { source: 'a.txt', quote: 'at least three were killed' } },
    { measure: 'killed', unit: 'people', min: 5, max: 5, text: 'five', citation: { source: 'b.txt', quote: 'five were killed' } },
  ],
  citations: [
    { source: 'a.txt', quote: 'He said, "at least three were killed",\nand <script>x()</script>' },
    { source: 'b.txt', quote: 'five were killed' },
  ],
});

export const monthEvent = Event.parse({
  id: '2025-07-fighting',
  date: '2025-07',
  kind: 'fighting',
  status: 'occurred',
  title: 'Fighting breaks out',
  summary: 'Fighting broke out in July 2025.',
  citations: [{ source: 'b.txt', quote: 'Heavy fighting broke out in July.' }],
});

export const rangeEvent = Event.parse({
  id: '2025-12-22-talks',
  date: '2025-12-22',
  endDate: '2025-12-23',
  approximate: true,
  kind: 'talks',
  status: 'scheduled',
  title: 'Ministers meet',
  summary: 'Ministers met.',
  citations: [{ source: 'a.txt', quote: 'earlier this week' }],
});

/** Input with links on example.org and two articles, one published later than the other. */
export const input = (events: Event[] = [monthEvent, rangeEvent, nastyEvent]): ExportInput => ({
  events,
  sources: new Map([
    ['a.txt', { file: 'a.txt', outlet: 'Daily, "Quoted" News', title: 'Clashes <again>', published: '2025-12-25' }],
    ['b.txt', { file: 'b.txt', published: '2025-12-24' }],
  ]),
  eventUrl: (id) => `https://example.org/events/${id}/`,
  citationUrl: (c) => `https://example.org/sources/${c.source}/#p-0-${c.quote.length}`,
});

/**
 * Input from the benchmark's generated timeline of `n` events, with the three events above and
 * one whose Thai and Khmer text makes long lines of multi-byte characters, at the front.
 */
export function generatedInput(n: number): ExportInput {
  const { file } = generateTimeline(n);
  const wide = Event.parse({
    ...monthEvent,
    id: '2025-08-wide',
    date: '2025-08-02',
    title: 'ปะทะกันที่ชายแดน '.repeat(8).trim(),
    summary: 'ការប៉ះទង្គិចគ្នានៅព្រំដែន '.repeat(12).trim(),
  });
  const fixed = input();
  return {
    ...fixed,
    events: [monthEvent, rangeEvent, nastyEvent, wide, ...file.events],
    sources: new Map([...fixed.sources, ...file.sources.map((s) => [s.file, s] as const)]),
  };
}
