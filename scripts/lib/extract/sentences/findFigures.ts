import type { Figure } from '../../../../src/lib/eventSchema.ts';
import type { CompiledLexicon } from '../lexicon/compileLexicon.ts';
import { parseCardinal } from './parseCardinal.ts';
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
const SCAN_WORDS = 8;

/** True when offset `at` lies inside any of the spans. */
const inside = (spans: readonly { start: number; end: number }[], at: number) => spans.some((s) => at >= s.start && at < s.end);

/**
 * Finds reported numbers in a sentence and what they count: people killed, injured, displaced or
 * evacuated, and the length of a border. Spans given in `skip` (dates, durations) are not numbers.
 * @example findFigures('At least 12 soldiers were killed.', lexicon, [])[0] // { measure: 'killed', min: 12, qualifier: 'at-least', … }
 */
export function findFigures(text: string, lexicon: CompiledLexicon, skip: readonly { start: number; end: number }[]): FigureCandidate[] {
  type Quantity = { start: number; end: number; min?: number; max?: number; vague: boolean };
  const quantities: Quantity[] = [];
  for (const v of lexicon.vague(text)) {
    if (!inside(skip, v.start)) quantities.push({ start: v.start, end: v.end, min: v.value[0], max: v.value[1], vague: true });
  }
  for (const m of text.matchAll(NUMBER)) {
    if (inside(skip, m.index) || inside(quantities, m.index)) continue;
    const value = parseCardinal(m[0]);
    if (value === undefined) continue;
    quantities.push({ start: m.index, end: m.index + m[0].length, min: value, max: value, vague: false });
  }
  quantities.sort((a, b) => a.start - b.start);

  const qualifiers = lexicon.qualifiers(text);
  const measuresAfter = lexicon.measureAfter(text);
  const measuresBefore = lexicon.measureBefore(text);
  const units = lexicon.units(text);

  const figures: FigureCandidate[] = [];
  quantities.forEach((q, i) => {
    // A conversion in brackets, "817 kilometres (508 miles)", repeats the figure before it.
    if (/\(\s*$/.test(text.slice(0, q.start)) && i > 0) return;
    const next = quantities[i + 1]?.start ?? text.length;
    const clauseEnd = text.slice(q.end).search(/[;:]|,\s+(?:while|with|and)\b/);
    const limit = Math.min(next, clauseEnd === -1 ? text.length : q.end + clauseEnd);
    const qualifier = qualifiers.find((x) => x.end <= q.start && text.slice(x.end, q.start).trim() === '');
    const unit = units.find((u) => u.start >= q.end && /^[\s-]*$/.test(text.slice(q.end, u.start)));
    let measure: Figure['measure'] | undefined;
    if (unit && LENGTH_UNITS.has(unit.value)) {
      const after = measuresAfter.find((m) => m.start >= unit.end && m.value === 'border-length' && wordDistance(text, unit, m) <= 3);
      if (after) measure = 'border-length';
      else return;
    } else {
      const after = measuresAfter.find((m) => m.start >= q.end && m.start < limit && m.value !== 'border-length' && wordDistance(text, q, m) < SCAN_WORDS);
      const lead = qualifier ?? q;
      const before = measuresBefore.find((m) => m.end <= lead.start && wordDistance(text, m, lead) === 0 && !/[,;:]/.test(text.slice(m.end, lead.start)));
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
