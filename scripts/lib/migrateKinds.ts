import { findNodeAtLocation, type Node } from 'jsonc-parser';
import { LEGACY_KINDS, TYPE_KINDS, type EventType, type Kind } from '../../src/lib/ontology.ts';

/** One event whose kind was rewritten. */
export interface KindChange {
  /** Index in `events`. */
  index: number;
  id?: string;
  from: string;
  kind: Kind;
  /** The type added, when the event had none. */
  type?: EventType;
}

interface Edit {
  offset: number;
  length: number;
  text: string;
}

/**
 * Rewrites the kinds of the first schema (casualties, displacement, other) in the text of an
 * events file as the ontology's kinds, adding the type each stands for (ontology.yaml, `legacy`):
 * casualties → fighting/armed-clash, displacement → humanitarian/displacement, other →
 * measure/other. Only those values change; the rest of the text, its layout included, is kept
 * byte for byte, so a maintainer's file still diffs as theirs. Running it twice changes nothing.
 * @example migrateKinds('{"events":[{"kind":"other"}]}', root).text // '{"events":[{"kind":"measure", "type": "other"}]}'
 */
export function migrateKinds(text: string, root: Node): { text: string; changes: KindChange[] } {
  const events = findNodeAtLocation(root, ['events']);
  const edits: Edit[] = [];
  const changes: KindChange[] = [];
  (events?.type === 'array' ? events.children ?? [] : []).forEach((event, index) => {
    const kind = findNodeAtLocation(event, ['kind']);
    if (kind?.type !== 'string' || !Object.hasOwn(LEGACY_KINDS, kind.value)) return;
    const type = LEGACY_KINDS[kind.value as string]!;
    const id = findNodeAtLocation(event, ['id']);
    const typed = findNodeAtLocation(event, ['type']) !== undefined;
    edits.push({ offset: kind.offset, length: kind.length, text: JSON.stringify(TYPE_KINDS[type]) });
    if (!typed) {
      // The type goes right after the kind, on a line of its own when the kind has one.
      const property = kind.parent!;
      const lineStart = text.lastIndexOf('\n', property.offset) + 1;
      const indent = text.slice(lineStart, property.offset);
      const separator = /^[ \t]*$/.test(indent) ? `,\n${indent}` : ', ';
      edits.push({ offset: kind.offset + kind.length, length: 0, text: `${separator}"type": ${JSON.stringify(type)}` });
    }
    changes.push({
      index,
      ...(id?.type === 'string' ? { id: id.value as string } : {}),
      from: kind.value as string,
      kind: TYPE_KINDS[type],
      ...(typed ? {} : { type }),
    });
  });
  // Applied from the end, so the offsets of the edits still to make stay right.
  let out = text;
  for (const edit of edits.sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, edit.offset) + edit.text + out.slice(edit.offset + edit.length);
  }
  return { text: out, changes };
}
