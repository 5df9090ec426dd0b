import type { Figure } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { parseCardinal } from './parseCardinal.ts';
import type { PhraseMatch } from '../lexicon/phraseMatcher.ts';
import { wordDistance } from './wordDistance.ts';

/** A reported number found in a sentence, before it is given a citation. */
export type FigureCandidate = Omit<Figure, 'citation'> & { start: number; end: number };

const NUMBER_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion';
const NUMBER = new RegExp(
  `(?<![\\p{L}\\p{N},.])(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s+(?:thousand|million|billion))?(?![\\p{L}\\p{N}]|,\\d|\\.\\d)` +
    `|\\b(?:half\\s+an?\\s+|an?\\s+(?=hundred|thousand|million))?(?:${NUMBER_WORD})(?:[\\s-]+(?:and\\s+)?(?:${NUMBER_WORD}))*\\b`,
  'giu',
);
const LENGTH_UNITS = new Set(['km', 'mi']);
// A number that modifies a noun of time, money or things counts those, not people: "a two-year
// war", "a 3-day truce", "12 villages", "eight missiles" (lengths are read below, as a border's).
// English nouns, not one conflict's.
const OF_THINGS =
  /^[\s-]*(?:year|day|week|month|hour|minute|second|decade|century|night|time|round|stage|phase|point|acre|hectare|per\s*cent|percent|%|dollar|baht|riel|rupee|euro|pound|yuan|village|town|city|district|province|region|house|home|building|school|vehicle|truck|car|tank|drone|missile|rocket|shell|bomb|mine|aircraft|jet|plane|helicopter|ship|boat|checkpoint|post|outpost|base|position|location|place|site|area|border|crossing|temple|camp|point|gun|weapon|tonne|ton)s?\b/i;
const SCAN_WORDS = 8;

/** Marks the characters the spans cover, so that whether an offset lies in one is a lookup. */
function coverage(length: number, spans: readonly { start: number; end: number }[]): Uint8Array {
  const covered = new Uint8Array(length);
  for (const s of spans) covered.fill(1, Math.max(0, s.start), Math.min(length, s.end));
  return covered;
}

/** The index of the first item whose `key` is at least `at`, in items sorted by it. */
function firstFrom<T>(items: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// A clause ends at these; figures look for what they count no further.
const CLAUSE_END = /[;:]|,\s+(?:while|with|and)\b/g;

/**
 * Finds reported numbers in a sentence and what they count: people killed, injured, displaced or
 * evacuated, and the length of a border. Spans given in `skip` (dates, durations) are not numbers.
 * @example findFigures('At least 12 soldiers were killed.', lexicon, [])[0] // { measure: 'killed', min: 12, qualifier: 'at-least', … }
 */
export function findFigures(text: string, lexicon: CompiledLexicon, skip: readonly { start: number; end: number }[]): FigureCandidate[] {
  type Quantity = { start: number; end: number; min?: number; max?: number; vague: boolean };
  const quantities: Quantity[] = [];
  // Every lookup below is by position, so that a sentence of thousands of numbers is read in
  // linear time: a scan of all matches, or of the rest of the text, for each number would not be.
  const skipped = coverage(text.length, skip);
  for (const v of lexicon.vague(text)) {
    if (!skipped[v.start]) quantities.push({ start: v.start, end: v.end, min: v.value[0], max: v.value[1], vague: true });
  }
  const vague = coverage(text.length, quantities);
  for (const m of text.matchAll(NUMBER)) {
    if (skipped[m.index] || vague[m.index]) continue;
    const value = parseCardinal(m[0]);
    if (value === undefined || OF_THINGS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
    quantities.push({ start: m.index, end: m.index + m[0].length, min: value, max: value, vague: false });
  }
  quantities.sort((a, b) => a.start - b.start);

  const clauseEnds = [...text.matchAll(CLAUSE_END)].map((m) => m.index);
  // A qualifier or a unit counts only right beside its number: index them by where they touch it.
  const qualifierAt = new Map<number, PhraseMatch<string>>();
  for (const x of lexicon.qualifiers(text)) {
    const at = x.end + (/^\s*/.exec(text.slice(x.end, x.end + 40))![0].length);
    if (!qualifierAt.has(at)) qualifierAt.set(at, x);
  }
  const unitAt = new Map<number, PhraseMatch<string>>();
  for (const u of lexicon.units(text)) {
    const at = u.start - (/[\s-]*$/.exec(text.slice(Math.max(0, u.start - 40), u.start))![0].length);
    if (!unitAt.has(at)) unitAt.set(at, u);
  }
  const measuresAfter = lexicon.measureAfter(text);
  const measuresBefore = lexicon.measureBefore(text);
  /** The first measure after `from`, before `limit`, within `words` words of `near`, that passes `test`. */
  const measureAfter = (from: number, limit: number, near: { start: number; end: number }, words: number, test: (m: PhraseMatch<Figure['measure']>) => boolean) => {
    for (let i = firstFrom(measuresAfter, (m) => m.start, from); i < measuresAfter.length; i++) {
      const m = measuresAfter[i]!;
      if (m.start >= limit || wordDistance(text, near, m) > words) return undefined;
      if (test(m)) return m;
    }
    return undefined;
  };

  const figures: FigureCandidate[] = [];
  quantities.forEach((q, i) => {
    // A conversion in brackets, "817 kilometres (508 miles)", repeats the figure before it.
    if (/\(\s*$/.test(text.slice(Math.max(0, q.start - 20), q.start)) && i > 0) return;
    const next = quantities[i + 1]?.start ?? text.length;
    const limit = Math.min(next, clauseEnds[firstFrom(clauseEnds, (at) => at, q.end)] ?? text.length);
    const qualifier = qualifierAt.get(q.start);
    const unit = unitAt.get(q.end);
    let measure: Figure['measure'] | undefined;
    if (unit && LENGTH_UNITS.has(unit.value)) {
      const after = measureAfter(unit.end, text.length, unit, 3, (m) => m.value === 'border-length');
      if (after) measure = 'border-length';
      else return;
    } else {
      const after = measureAfter(q.end, limit, q, SCAN_WORDS - 1, (m) => m.value !== 'border-length');
      const lead = qualifier ?? q;
      // A measure before the number touches it, but for punctuation other than , ; : ("killed: 12" is not one).
      let before: PhraseMatch<Figure['measure']> | undefined;
      for (let j = firstFrom(measuresBefore, (m) => m.end, lead.start + 1) - 1; j >= 0; j--) {
        const m = measuresBefore[j]!;
        if (wordDistance(text, m, lead) !== 0 || /[,;:]/.test(text.slice(m.end, lead.start))) break;
        before = m;
      }
      measure = before?.value ?? after?.value;
    }
    if (!measure) return;

    const kind = qualifier?.value ?? (q.vague ? 'vague' : 'exactly');
    const bounds =
      kind === 'at-least' || kind === 'more-than' ? { min: q.min }
      : kind === 'at-most' || kind === 'fewer-than' ? { max: q.vague ? q.max : q.min }
      : { min: q.min, max: q.max };
    const start = qualifier?.start ?? q.start;
    const end = measure === 'border-length' ? unit!.end : q.end;
    figures.push({
      measure,
      unit: measure === 'border-length' ? (unit!.value as 'km' | 'mi') : 'people',
      ...bounds,
      qualifier: kind as Figure['qualifier'],
      text: text.slice(start, end),
      start,
      end,
    });
  });
  return figures;
}
