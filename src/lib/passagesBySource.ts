import type { Citation, Event } from './eventSchema.ts';
import type { Passage } from './findQuote.ts';
import type { CitedPassage } from './markPassages.ts';

/** Every citation of an event: its own, and those of its figures and claims. */
const citationsOf = (event: Event): Citation[] => [
  ...event.citations,
  ...event.figures.map((f) => f.citation),
  ...event.claims.map((c) => c.citation),
];

/**
 * The passages each article is cited for, by file name, with the events citing each;
 * a passage cited by several citations appears once. Articles nobody cites are absent.
 * @example passagesBySource([event], passageOf).get('a.txt') // [{ start: 0, end: 5, eventIds: ['talks'] }]
 */
export function passagesBySource(events: readonly Event[], passageOf: (citation: Citation) => Passage): Map<string, CitedPassage[]> {
  const bySource = new Map<string, Map<string, CitedPassage>>();
  for (const event of events) {
    for (const citation of citationsOf(event)) {
      const { start, end } = passageOf(citation);
      const passages = bySource.get(citation.source) ?? new Map<string, CitedPassage>();
      bySource.set(citation.source, passages);
      const key = `${start}-${end}`;
      const eventIds = passages.get(key)?.eventIds ?? [];
      passages.set(key, { start, end, eventIds: eventIds.includes(event.id) ? eventIds : [...eventIds, event.id] });
    }
  }
  return new Map([...bySource].map(([file, passages]) => [file, [...passages.values()].sort((a, b) => a.start - b.start || a.end - b.end)]));
}
