import { z } from 'zod';
import { Event, EventsFile, Source } from './eventSchema.ts';
import { jsonFileParts } from './jsonFileParts.ts';
import { daySpan } from './partialDate.ts';

type Json = Record<string, unknown>;

/** The schema under `optional`, `default` and `nullable` wrappers, with the default if there is one. */
function unwrap(schema: z.ZodType): { inner: z.ZodType; fallback?: unknown } {
  let inner = schema;
  let fallback: unknown;
  for (;;) {
    if (inner instanceof z.ZodDefault) {
      fallback = inner.def.defaultValue;
      inner = inner.def.innerType as z.ZodType;
    } else if (inner instanceof z.ZodOptional || inner instanceof z.ZodNullable) {
      inner = inner.def.innerType as z.ZodType;
    } else {
      return { inner, ...(fallback === undefined ? {} : { fallback }) };
    }
  }
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A value in the canonical form its schema describes: object keys in the schema's order, values
 * equal to the schema's default left out, nested objects and lists treated alike. Derived from
 * the schema itself, so a field added there is written without anyone listing it here.
 */
function canonical(value: unknown, schema: z.ZodType): unknown {
  const { inner } = unwrap(schema);
  if (inner instanceof z.ZodArray && Array.isArray(value)) return value.map((item) => canonical(item, inner.element as z.ZodType));
  if (!(inner instanceof z.ZodObject) || typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
    const v = (value as Json)[key];
    if (v === undefined) continue;
    const { fallback } = unwrap(field);
    if (fallback !== undefined && sameJson(v, fallback)) continue;
    out[key] = canonical(v, field);
  }
  return out;
}

/**
 * An event in canonical form: fields in schema order, defaults left out. Accepts an event in
 * canonical form too (lists may be missing), so merged records can be serialised again.
 */
export const canonicalEvent = (e: Event): Json => canonical(e, Event) as Json;

/** A source in canonical form. */
export const canonicalSource = (s: Source): Json => canonical(s, Source) as Json;

/** Events in timeline order: by first day, then id. */
export function sortEvents<T extends Pick<Event, 'date' | 'id'>>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => daySpan(a.date).first.localeCompare(daySpan(b.date).first) || a.id.localeCompare(b.id));
}

/**
 * The text of data/events.json in parts (see jsonFileParts): canonical, sorted, two-space
 * indented, one trailing newline, so that the same data always gives the same bytes and diffs
 * stay small. A large archive's public copy is written part by part.
 */
export function serializeEventsFileParts(file: EventsFile): Generator<string> {
  const out = canonical(
    {
      ...file,
      $schema: file.$schema ?? './events.schema.json',
      sources: [...file.sources].sort((a, b) => a.file.localeCompare(b.file)),
      events: sortEvents(file.events),
    },
    EventsFile,
  );
  return jsonFileParts(out);
}

/** The text of data/events.json, whole (see serializeEventsFileParts). */
export const serializeEventsFile = (file: EventsFile): string => [...serializeEventsFileParts(file)].join('');
