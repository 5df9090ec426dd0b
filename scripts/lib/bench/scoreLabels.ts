/** Precision, recall and F1 of one label, in [0, 1], and how many gold items carry it. */
export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

/** The scores of a labelling against gold labels, as the CASE 2021 task 2 reports them. */
export interface LabelScores {
  /** F1 averaged over labels, weighted by each label's support. */
  weightedF1: number;
  /** F1 averaged over every label that is in the gold or the predictions. */
  macroF1: number;
  accuracy: number;
  labels: LabelScore[];
  /** Gold → predicted pairs that differ, most frequent first. */
  confusions: { gold: string; predicted: string; count: number }[];
}

/**
 * Scores predicted labels against gold ones item by item, as scikit-learn's `f1_score` with
 * `average="weighted"` and `"macro"` does (the CASE 2021 task 2 scorer): a label never predicted
 * has precision 0, and labels only predicted count in the macro average with F1 0.
 * @example scoreLabels(['A', 'B'], ['A', 'A']).weightedF1 // 0.333…
 */
export function scoreLabels(gold: readonly string[], predicted: readonly string[]): LabelScores {
  if (gold.length !== predicted.length) throw new Error(`expected as many predictions as gold labels, found ${predicted.length} for ${gold.length}`);
  const labels = [...new Set([...gold, ...predicted])].sort();
  const confusion = new Map<string, number>();
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === predicted[i]) correct++;
    else confusion.set(`${gold[i]}\t${predicted[i]}`, (confusion.get(`${gold[i]}\t${predicted[i]}`) ?? 0) + 1);
  }
  const scores = labels.map((label): LabelScore => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
  const total = gold.length;
  return {
    weightedF1: total === 0 ? 0 : scores.reduce((sum, s) => sum + s.f1 * s.support, 0) / total,
    macroF1: scores.length === 0 ? 0 : scores.reduce((sum, s) => sum + s.f1, 0) / scores.length,
    accuracy: total === 0 ? 0 : correct / total,
    labels: scores,
    confusions: [...confusion]
      .map(([pair, count]) => {
        const [g, p] = pair.split('\t') as [string, string];
        return { gold: g, predicted: p, count };
      })
      .sort((a, b) => b.count - a.count || a.gold.localeCompare(b.gold) || a.predicted.localeCompare(b.predicted)),
  };
}
