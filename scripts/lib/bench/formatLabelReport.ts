import type { LabelScores } from './scoreLabels.ts';

const pct = (x: number) => (x * 100).toFixed(1);

/**
 * The text report of `npm run bench:kinds`: overall figures before and after, then each label's
 * precision, recall and F1 (with the F1 before), then the most confused pairs.
 * @example formatLabelReport({ after, before, confusions: 10 }).split('\n')[0] // 'weighted F1  76.0  (before 21.3)'
 */
export function formatLabelReport({ after, before, confusions }: { after: LabelScores; before: LabelScores; confusions: number }): string {
  const lines = [
    `weighted F1  ${pct(after.weightedF1)}  (before ${pct(before.weightedF1)})`,
    `macro F1     ${pct(after.macroF1)}  (before ${pct(before.macroF1)})`,
    `accuracy     ${pct(after.accuracy)}  (before ${pct(before.accuracy)})`,
    '',
    `${'label'.padEnd(30)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'before'.padStart(7)} ${'n'.padStart(4)}`,
  ];
  const beforeF1 = new Map(before.labels.map((l) => [l.label, l.f1]));
  for (const l of [...after.labels].sort((a, b) => b.support - a.support || a.label.localeCompare(b.label))) {
    lines.push(`${l.label.padEnd(30)} ${pct(l.precision).padStart(6)} ${pct(l.recall).padStart(6)} ${pct(l.f1).padStart(6)} ${pct(beforeF1.get(l.label) ?? 0).padStart(7)} ${String(l.support).padStart(4)}`);
  }
  lines.push('', `most confused (gold → predicted):`);
  for (const c of after.confusions.slice(0, confusions)) lines.push(`  ${String(c.count).padStart(3)}  ${c.gold} → ${c.predicted}`);
  return lines.join('\n');
}
