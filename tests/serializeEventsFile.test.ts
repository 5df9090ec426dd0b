import { describe, expect, it } from 'vitest';
import { Event, EventsFile, type Event as EventType } from '../src/lib/eventSchema.ts';
import { serializeEventsFile } from '../src/lib/serializeEventsFile.ts';

// An event with every field of the schema set to a value that is not its default.
const full = {
  id: '2025-12-24-talks',
  date: '2025-12-24',
  endDate: '2025-12-26',
  approximate: true,
  kind: 'talks',
  type: 'talks',
  status: 'occurred',
  phase: 'begin',
  name: 'Chanthaburi Border Talks',
  speaker: 'Thailand',
  addressee: 'Cambodia',
  title: 'Border talks begin',
  summary: 'Officers of both armies met.',
  handWritten: ['title'],
  translations: { th: { title: 'เริ่มการเจรจาชายแดน', summary: 'นายทหารของทั้งสองฝ่ายพบกัน' }, km: { summary: 'មន្ត្រីយោធាភាគីទាំងពីរបានជួបគ្នា។' } },
  places: [{ name: 'Chanthaburi', admin1: 'Chanthaburi', country: 'Thailand', kind: 'province', unverified: true }],
  actors: ['Thailand', 'Cambodia'],
  figures: [{ measure: 'duration', unit: 'days', min: 3, max: 3, qualifier: 'about', text: 'three-day', citation: { source: 'a.txt', quote: 'The three-day meeting' } }],
  claims: [{ about: 'brokered-by', values: ['Malaysia'], citation: { source: 'a.txt', quote: 'brokered by Malaysia' } }],
  citations: [{ source: 'a.txt', quote: 'The three-day meeting began' }],
} as const;

const fileWith = (events: unknown[], sources: unknown[] = []) =>
  EventsFile.parse({ $schema: './events.schema.json', sources, events });

describe('serializeEventsFile', () => {
  it('the test event sets every field the event schema has, so no field goes unchecked', () => {
    expect(Object.keys(full).sort()).toEqual(Object.keys(Event.shape).sort());
  });

  it('writes every field of an event back, so none is dropped from data/events.json', () => {
    const text = serializeEventsFile(fileWith([full]));
    expect(JSON.parse(text).events[0]).toEqual(full);
  });

  it('leaves out values equal to their defaults and keeps lists that are required', () => {
    const bare = { id: 'e', date: '2025-07', kind: 'fighting', status: 'occurred', title: 'T', summary: 'S', citations: [{ source: 'a.txt', quote: 'q' }] };
    const parsed = fileWith([{ ...bare, approximate: false, places: [], figures: [{ ...full.figures[0], qualifier: 'exactly' }] }], [{ file: 'a.txt', publishedInferred: false }]);
    const out = JSON.parse(serializeEventsFile(parsed));
    expect(out.sources).toEqual([{ file: 'a.txt' }]);
    expect(Object.keys(out.events[0])).toEqual(['id', 'date', 'kind', 'status', 'title', 'summary', 'figures', 'citations']);
    expect(out.events[0].figures[0]).not.toHaveProperty('qualifier');
    expect(JSON.parse(serializeEventsFile(fileWith([]))).events).toEqual([]);
  });

  it('orders keys as the schema does, whatever order they were given in', () => {
    const shuffled = Object.fromEntries(Object.entries(full).reverse()) as unknown as EventType;
    const out = JSON.parse(serializeEventsFile(fileWith([shuffled])));
    expect(Object.keys(out.events[0])).toEqual(['id', 'date', 'endDate', 'approximate', 'kind', 'type', 'status', 'phase', 'name', 'speaker', 'addressee', 'title', 'summary', 'handWritten', 'translations', 'places', 'actors', 'figures', 'claims', 'citations']);
    expect(Object.keys(out.events[0].figures[0])).toEqual(['measure', 'unit', 'min', 'max', 'qualifier', 'text', 'citation']);
  });

  it('sorts events by first day, then id, and sources by file, so the same data gives the same bytes', () => {
    const a = { ...full, id: 'b', date: '2025-07' };
    const b = { ...full, id: 'a', date: '2025-07-02', endDate: undefined };
    const c = { ...full, id: 'a2', date: '2025-07-01', endDate: undefined };
    const text = serializeEventsFile(fileWith([b, a, c], [{ file: 'z.txt' }, { file: 'a.txt' }]));
    expect(JSON.parse(text).events.map((e: { id: string }) => e.id)).toEqual(['a2', 'b', 'a']);
    expect(JSON.parse(text).sources.map((s: { file: string }) => s.file)).toEqual(['a.txt', 'z.txt']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(serializeEventsFile(fileWith([c, b, a]))).toBe(serializeEventsFile(fileWith([a, b, c])));
  });
});
