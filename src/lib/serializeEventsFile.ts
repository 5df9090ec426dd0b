import type { Event, EventsFile, Figure, Source } from './eventSchema.ts';
import { daySpan } from './partialDate.ts';

type Json = Record<string, unknown>;

/** Keeps keys in the given order and leaves out those whose value is the schema's default. */
function pick(value: Json, keys: readonly string[], defaults: Json = {}): Json {
  const out: Json = {};
  for (const key of keys) {
    const v = value[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && key !== 'events' && key !== 'citations') continue;
    if (key in defaults && defaults[key] === v) continue;
    out[key] = v;
  }
  return out;
}

const citation = (c: Json) => pick(c, ['source', 'quote']);
const figure = (f: Figure) => ({ ...pick(f, ['measure', 'unit', 'min', 'max', 'qualifier', 'text'], { qualifier: 'exactly' }), citation: citation(f.citation) });

/**
 * An event in canonical form: fields in schema order, defaults left out. Accepts an event in
 * canonical form too (lists may be missing), so merged records can be serialised again.
 */
export function canonicalEvent(e: Event): Json {
  return pick(
    {
      ...e,
      places: e.places?.map((p) => pick(p, ['name', 'admin1', 'country'])),
      figures: e.figures?.map(figure),
      claims: e.claims?.map((c) => ({ about: c.about, values: c.values, citation: citation(c.citation) })),
      citations: e.citations?.map(citation),
    },
    ['id', 'date', 'endDate', 'approximate', 'kind', 'status', 'title', 'summary', 'places', 'actors', 'figures', 'claims', 'citations'],
    { approximate: false },
  );
}

/** A source in canonical form. */
export function canonicalSource(s: Source): Json {
  return pick(s, ['file', 'title', 'outlet', 'url', 'published', 'publishedInferred', 'publishedFrom'], { publishedInferred: false });
}

/** Events in timeline order: by first day, then id. */
export function sortEvents<T extends Pick<Event, 'date' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => daySpan(a.date).first.localeCompare(daySpan(b.date).first) || a.id.localeCompare(b.id));
}

/**
 * The text of data/events.json: canonical, sorted, two-space indented, one trailing newline,
 * so that the same data always gives the same bytes and diffs stay small.
 */
export function serializeEventsFile(file: EventsFile): string {
  const out = {
    $schema: file.$schema ?? './events.schema.json',
    sources: [...file.sources].sort((a, b) => a.file.localeCompare(b.file)).map(canonicalSource),
    events: sortEvents(file.events).map(canonicalEvent),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
