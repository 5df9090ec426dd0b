import { isDeepStrictEqual } from 'node:util';
import type { Event, EventsFile, Source } from '../../../../src/lib/eventSchema.ts';
import { canonicalEvent, canonicalSource } from '../../../../src/lib/serializeEventsFile.ts';

type Json = Record<string, unknown>;

/** What the merge did, for the command's report. */
export interface MergeReport {
  /** Events the extractor found for the first time. */
  added: string[];
  /** Extracted events whose fields changed, with the fields. */
  updated: { id: string; fields: string[] }[];
  /** Events that came out as they were. */
  unchanged: number;
  /** Events the extractor no longer finds and no maintainer had touched. */
  removed: string[];
  /** A maintainer deleted them; they stay deleted. */
  keptDeleted: string[];
  /** A maintainer added them; they stay. */
  keptAdded: string[];
  /** A maintainer edited them and the extractor no longer finds them; they stay. */
  keptEdited: string[];
  /** Fields both a maintainer and the extractor changed: the maintainer's value was kept. */
  conflicts: { id: string; field: string }[];
}

const equal = (a: unknown, b: unknown) => isDeepStrictEqual(a, b);

/**
 * Fields merged together with another, taken from the same side: a type belongs to its kind, so a
 * maintainer's kind never ends up with the extractor's type of another kind.
 */
const LINKED: Record<string, string> = { type: 'kind' };
const byKey = <T>(items: readonly T[], key: (item: T) => string) => new Map(items.map((item) => [key(item), item]));

/**
 * Three-way merge of one record, field by field: a field the maintainer changed since the base
 * keeps the maintainer's value; otherwise the new extraction's value comes in. Fields both
 * sides changed differently are returned as conflicts, and the maintainer's value wins.
 */
function mergeRecord(base: Json | undefined, ours: Json, theirs: Json): { merged: Json; conflicts: string[] } {
  const merged: Json = {};
  const conflicts: string[] = [];
  const all = new Set([...Object.keys(theirs), ...Object.keys(ours), ...Object.keys(base ?? {})]);
  const fields = [...all].filter((f) => !(f in LINKED && all.has(LINKED[f]!)));
  for (const field of fields) {
    const linked = Object.keys(LINKED).filter((f) => LINKED[f] === field && all.has(f));
    const pick = (record: Json | undefined) => [field, ...linked].map((f) => record?.[f]);
    const [b, o, t] = [pick(base), pick(ours), pick(theirs)];
    let side: Json;
    if (equal(o, b)) side = theirs;
    else if (equal(t, b) || equal(o, t)) side = ours;
    else {
      side = ours;
      conflicts.push(field);
    }
    for (const f of [field, ...linked]) if (side[f] !== undefined) merged[f] = side[f];
  }
  // Keep the field order of the extraction, then any field only the maintainer has.
  const ordered: Json = {};
  for (const field of [...Object.keys(theirs), ...Object.keys(merged)]) if (field in merged) ordered[field] = merged[field];
  return { merged: ordered, conflicts };
}

/**
 * Merges a new extraction into the file maintainers edit, using the previous extraction as the
 * common base, so that no edit is lost: edited fields keep the maintainer's value, deleted events
 * stay deleted, added events stay, and new extracted events and fields come in.
 * @example mergeEdits(previous, edited, extracted).report.keptDeleted // ['2025-12-24-talks']
 */
export function mergeEdits(
  base: EventsFile | undefined,
  ours: EventsFile | undefined,
  theirs: EventsFile,
): { file: EventsFile; report: MergeReport } {
  const report: MergeReport = { added: [], updated: [], unchanged: 0, removed: [], keptDeleted: [], keptAdded: [], keptEdited: [], conflicts: [] };
  if (!ours) {
    report.added = theirs.events.map((e) => e.id);
    return { file: theirs, report };
  }

  const baseEvents = byKey((base?.events ?? []).map(canonicalEvent), (e) => e.id as string);
  const ourEvents = byKey(ours.events.map(canonicalEvent), (e) => e.id as string);
  const events: Json[] = [];
  for (const t of theirs.events.map(canonicalEvent)) {
    const id = t.id as string;
    const b = baseEvents.get(id);
    const o = ourEvents.get(id);
    if (!o) {
      if (b) report.keptDeleted.push(id);
      else {
        events.push(t);
        report.added.push(id);
      }
      continue;
    }
    const { merged, conflicts } = mergeRecord(b, o, t);
    events.push(merged);
    report.conflicts.push(...conflicts.map((field) => ({ id, field })));
    const changed = Object.keys({ ...merged, ...o }).filter((f) => !equal(merged[f], o[f]));
    if (changed.length > 0) report.updated.push({ id, fields: changed });
    else report.unchanged += 1;
  }
  const extracted = new Set(theirs.events.map((e) => e.id));
  for (const [id, o] of ourEvents) {
    if (extracted.has(id)) continue;
    const b = baseEvents.get(id);
    if (!b) {
      events.push(o);
      report.keptAdded.push(id);
    } else if (!equal(o, b)) {
      events.push(o);
      report.keptEdited.push(id);
    } else report.removed.push(id);
  }

  const baseSources = byKey((base?.sources ?? []).map(canonicalSource), (s) => s.file as string);
  const ourSources = byKey(ours.sources.map(canonicalSource), (s) => s.file as string);
  const sources = theirs.sources.map(canonicalSource).map((t) => {
    const o = ourSources.get(t.file as string);
    return o ? mergeRecord(baseSources.get(t.file as string), o, t).merged : t;
  });

  return {
    file: {
      $schema: theirs.$schema,
      sources: sources as unknown as Source[],
      events: events as unknown as Event[],
    },
    report,
  };
}
