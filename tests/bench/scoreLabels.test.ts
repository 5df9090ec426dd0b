import { describe, expect, test } from 'vitest';
import { scoreLabels } from '../../scripts/lib/bench/scoreLabels.ts';

describe('scoreLabels', () => {
  // Gold A A A B B C, predicted A A B B C C: A p=1 r=2/3 f=0.8; B p=1/2 r=1/2 f=0.5; C p=1/2 r=1 f=2/3.
  const scores = scoreLabels(['A', 'A', 'A', 'B', 'B', 'C'], ['A', 'A', 'B', 'B', 'C', 'C']);

  test('weights each label\'s F1 by its support, as the CASE scorer does', () => {
    expect(scores.weightedF1).toBeCloseTo((3 * 0.8 + 2 * 0.5 + 1 * (2 / 3)) / 6, 10);
    expect(scores.macroF1).toBeCloseTo((0.8 + 0.5 + 2 / 3) / 3, 10);
    expect(scores.accuracy).toBeCloseTo(4 / 6, 10);
  });

  test('gives each label its precision, recall and support', () => {
    expect(scores.labels.find((l) => l.label === 'C')).toEqual({ label: 'C', precision: 0.5, recall: 1, f1: 2 / 3, support: 1 });
  });

  test('counts a label only predicted in the macro average, with F1 0', () => {
    const s = scoreLabels(['A', 'A'], ['A', 'Z']);
    expect(s.labels.map((l) => [l.label, l.f1, l.support])).toEqual([['A', 2 / 3, 2], ['Z', 0, 0]]);
    expect(s.macroF1).toBeCloseTo(1 / 3, 10);
    expect(s.weightedF1).toBeCloseTo(2 / 3, 10);
  });

  test('lists the confused pairs, most frequent first', () => {
    expect(scoreLabels(['A', 'A', 'B', 'C'], ['B', 'B', 'C', 'C']).confusions).toEqual([
      { gold: 'A', predicted: 'B', count: 2 },
      { gold: 'B', predicted: 'C', count: 1 },
    ]);
  });

  test('refuses lists of different lengths, a programmer error', () => {
    expect(() => scoreLabels(['A'], [])).toThrow('expected as many predictions as gold labels, found 0 for 1');
  });
});
