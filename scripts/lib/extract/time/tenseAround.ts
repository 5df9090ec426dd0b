import type { Direction } from './normaliseTime.ts';

const FUTURE = /\b(?:will|shall|won't|going\s+to|plans?\s+to|planned|planning|intends?\s+to|expected\s+to|expects?\s+to|scheduled|due\s+to|set\s+to|aims?\s+to|upcoming|would|next|to\s+be\s+held|to\s+meet|to\s+begin|to\s+start|to\s+resume)\b|'ll\b/gi;
const PAST = /\b(?:was|were|had|did|ago|previously|last|earlier|began|broke|fought|fled|met|held|took|struck|came|went|rose|fell|led|sent|shot|hit|left|said|told|saw|made|gave|got|won|lost|paid|sold|bought|\w+ed)\b/gi;
/** How far from an expression its sentence is read for tense, in characters. */
const REACH = 240;

/**
 * Which way a time expression without its year or week points, from the verbs of its sentence:
 * the tense marker nearest to it decides ("said on Monday that talks will resume on Friday":
 * Monday looks back, Friday ahead). No marker: neutral.
 * @example tenseAround('Talks will resume on Friday.', { start: 21, end: 27 }) // 'future'
 */
export function tenseAround(text: string, at: { start: number; end: number }): Direction {
  const from = Math.max(0, at.start - REACH);
  const before = text.slice(from, at.start);
  const sentenceStart = from + Math.max(before.search(/[.!?]\s+[^.!?]*$/) + 1, before.lastIndexOf('\n') + 1, 0);
  const after = text.slice(at.end, at.end + REACH);
  const stop = after.search(/[.!?](?:\s|$)|\n/);
  const sentenceEnd = at.end + (stop < 0 ? after.length : stop);
  let best: { distance: number; direction: Direction } | undefined;
  for (const [pattern, direction] of [[FUTURE, 'future'], [PAST, 'past']] as const) {
    for (const m of text.slice(sentenceStart, sentenceEnd).matchAll(pattern)) {
      const start = sentenceStart + m.index;
      if (start >= at.start && start < at.end) continue; // the expression's own words ("last", "next") are its hint
      const distance = start < at.start ? at.start - (start + m[0].length) : start - at.end;
      if (!best || distance < best.distance) best = { distance, direction };
    }
  }
  return best?.direction ?? 'neutral';
}
