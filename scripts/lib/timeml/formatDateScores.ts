import { categoriseValueMiss } from './categoriseValueMiss.ts';
import type { PrecisionRecall, TimexScore } from './scoreTimexes.ts';
import { TIMEX_TYPES } from './timex.ts';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const row = (label: string, x: PrecisionRecall) => `  ${label.padEnd(8)} P ${pct(x.precision)}  R ${pct(x.recall)}  F1 ${pct(x.f1)}`;

/**
 * The report of one corpus's scoring: P/R/F1 strict and relaxed, value accuracy and value F1,
 * the same by type, and the most frequent kinds of wrong value with an example of each.
 * @example formatDateScores('meantime-en', 120, score, 10).join('\n')
 */
export function formatDateScores(corpus: string, documents: number, score: TimexScore, errors: number): string[] {
  const lines = [
    `${corpus}: ${documents} documents, ${score.gold} gold expressions, ${score.system} found`,
    row('strict', score.strict),
    row('relaxed', score.relaxed),
    `  value    accuracy ${pct(score.valueAccuracy)}  F1 ${pct(score.valueF1)}    type accuracy ${pct(score.typeAccuracy)}`,
    '  by type (recall by gold type, precision by system type):',
  ];
  for (const type of TIMEX_TYPES) {
    const t = score.byType[type];
    lines.push(`    ${type.padEnd(8)} gold ${String(t.gold).padStart(4)}  found ${String(t.system).padStart(4)}  strict F1 ${pct(t.strict.f1)}  relaxed F1 ${pct(t.relaxed.f1)}  value accuracy ${pct(t.valueAccuracy)}`);
  }
  const categories = new Map<string, { count: number; example: string }>();
  for (const miss of score.valueMisses) {
    const category = categoriseValueMiss(miss);
    const entry = categories.get(category) ?? { count: 0, example: `"${miss.gold.text}" (${miss.dct}): gold ${miss.gold.value}, found ${miss.system.value}` };
    entry.count++;
    categories.set(category, entry);
  }
  lines.push(`  most frequent value errors (${score.valueMisses.length} in all):`);
  for (const [category, { count, example }] of [...categories].sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0])).slice(0, errors)) {
    lines.push(`    ${String(count).padStart(4)}  ${category} — e.g. ${example}`);
  }
  return lines;
}
