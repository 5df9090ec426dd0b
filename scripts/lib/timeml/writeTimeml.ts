import type { TimemlDocument } from './readTimeml.ts';
import type { Timex } from './timex.ts';

/** Annotation tags of the input that the tagger's output replaces or leaves out. */
const REMOVED = new Set(['TIMEX3', 'EVENT', 'SIGNAL', 'TLINK', 'MAKEINSTANCE']);

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The document with TEXT's own annotation tags removed and one TIMEX3 around each given
 * expression (numbered t1, t2… in reading order). Everything outside TEXT's content, and the
 * text itself, is kept byte for byte. Expressions must not overlap.
 * @example writeTimeml(doc, [{ start: 0, end: 6, type: 'DATE', value: '1998-02-13' }])
 */
export function writeTimeml(document: TimemlDocument, timexes: readonly Timex[]): string {
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.start < sorted[i - 1]!.end) throw new Error(`overlapping time expressions at ${sorted[i - 1]!.start} and ${sorted[i]!.start}`);
  }
  const opens = new Map(sorted.map((t, i) => [t.start, `<TIMEX3 tid="t${i + 1}" type="${t.type}" value="${escapeAttribute(t.value)}">`]));
  const closes = new Set(sorted.map((t) => t.end));
  let out = '';
  for (const piece of document.pieces) {
    if (piece.kind === 'tag') {
      if (!REMOVED.has(piece.name)) out += piece.raw;
      continue;
    }
    const length = piece.rawOffsets.length - 1;
    let rawAt = 0;
    for (let i = 0; i <= length; i++) {
      const offset = piece.plainStart + i;
      const close = i > 0 && closes.has(offset);
      const open = i < length && opens.get(offset);
      if (!close && !open) continue;
      const rawOffset = piece.rawOffsets[i]!;
      out += piece.raw.slice(rawAt, rawOffset);
      rawAt = rawOffset;
      if (close) out += '</TIMEX3>';
      if (open) out += open;
    }
    out += piece.raw.slice(rawAt);
  }
  return document.source.slice(0, document.textStart) + out + document.source.slice(document.textEnd);
}
