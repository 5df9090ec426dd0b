import type { At } from '../sentences/nearestByWords.ts';

const COUNT = String.raw`\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of`;
// A number, then at most two words that describe what it counts, right before a happening's noun:
// "two separate cross-border attacks", "three earlier clashes". A word that starts a predicate or a
// phrase of its own ("three killed in clashes", "12 dead after shelling") parts them.
const COUNT_BEFORE = new RegExp(
  String.raw`(?<![\d,.])\b(${COUNT})\s+((?:(?!(?:killed|dead|died|wounded|injured|hurt|people|in|at|on|of|by|from|during|after|before|since|and|or|were|was|are|is|had|have|has|the|a|an)\b)[\p{L}'’-]+\s+){0,2})$`,
  'iu',
);
// A word of harm names the people harmed, not rounds: "773 dead", "20 wounded".
const HARMED = /^(?:killed|dead|deaths?|died|wounded|injured|injuries|hurt|casualties|fatalities|victims)$/i;
// Words that tell the rounds counted apart: each is a happening of its own, on its own day.
const DISTINCT = /\b(?:separate|earlier|previous|prior|different|distinct|other|past)\b/i;

/**
 * The number that counts a happening's noun, as rounds of it, and whether the words beside it tell
 * those rounds apart: in "two separate cross-border attacks killed five", "two" counts attacks (no
 * people), and the five are the toll of two happenings, which no one of them holds. "Three air
 * strikes killed 12" may tell one raid; only words that part the rounds ("separate", "earlier") say
 * they were several.
 * @example roundsCounted('Two earlier attacks left five dead.', { start: 13, end: 20 }) // { start: 0, end: 3, distinct: true }
 */
export function roundsCounted(text: string, happening: At): (At & { distinct: boolean }) | undefined {
  if (HARMED.test(text.slice(happening.start, happening.end))) return undefined;
  const m = COUNT_BEFORE.exec(text.slice(Math.max(0, happening.start - 60), happening.start));
  if (!m) return undefined;
  const start = Math.max(0, happening.start - 60) + m.index;
  return { start, end: start + m[1]!.length, distinct: DISTINCT.test(m[2]!) };
}
