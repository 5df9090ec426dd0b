import { describe, expect, test } from 'vitest';
import { categoriseValueMiss } from '../../scripts/lib/timeml/categoriseValueMiss.ts';
import { scoreTimexes, type ScoredTimex } from '../../scripts/lib/timeml/scoreTimexes.ts';
import { tokenRange, tokenizeForScoring } from '../../scripts/lib/timeml/tokenizeForScoring.ts';

const t = (first: number, last: number, value: string, type: ScoredTimex['type'] = 'DATE', text = ''): ScoredTimex => ({ first, last, type, value, text });

describe('tokenizeForScoring', () => {
  test('keeps abbreviations, dates and times whole and splits other punctuation', () => {
    const text = 'On Sept. 30, 1998, at 10:35 a.m. the U.S. company\'s year-earlier loss ended.';
    expect(tokenizeForScoring(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'On', 'Sept.', '30', ',', '1998', ',', 'at', '10:35', 'a.m.', 'the', 'U.S.', 'company', "'s", 'year-earlier', 'loss', 'ended', '.',
    ]);
  });

  test('finds the tokens a character span touches', () => {
    const tokens = tokenizeForScoring('talks on Monday morning');
    expect(tokenRange(tokens, 9, 15)).toEqual({ first: 2, last: 2 });
    expect(tokenRange(tokens, 6, 23)).toEqual({ first: 1, last: 3 });
    expect(tokenRange(tokens, 5, 6)).toBeUndefined();
  });
});

describe('scoreTimexes', () => {
  test('counts strict and relaxed matches, value accuracy over relaxed ones, and value F1 as their product', () => {
    const score = scoreTimexes([
      {
        name: 'a',
        dct: '2025-12-24',
        gold: [t(0, 1, '2025-12-22'), t(5, 5, 'P2D', 'DURATION'), t(9, 9, '2025')],
        system: [t(0, 1, '2025-12-22'), t(4, 5, 'P3D', 'DURATION'), t(12, 12, 'PRESENT_REF')],
      },
    ]);
    expect(score.strict).toEqual({ precision: 1 / 3, recall: 1 / 3, f1: 1 / 3 });
    expect(score.relaxed).toEqual({ precision: 2 / 3, recall: 2 / 3, f1: 2 / 3 });
    expect(score.valueAccuracy).toBe(1 / 2);
    expect(score.valueF1).toBeCloseTo(1 / 3);
    expect(score.byType.DURATION.relaxed.f1).toBe(1);
    expect(score.missed.map((m) => m.timex.value)).toEqual(['2025']);
    expect(score.spurious.map((m) => m.timex.value)).toEqual(['PRESENT_REF']);
    expect(score.valueMisses.map((m) => [m.gold.value, m.system.value])).toEqual([['P2D', 'P3D']]);
  });
});

describe('categoriseValueMiss', () => {
  test.each([
    [t(0, 0, '2025-12-19', 'DATE', 'Friday'), t(0, 0, '2025-12-26'), 'weekday placed in the wrong week (into the future)'],
    [t(0, 0, '2025-03', 'DATE', 'March'), t(0, 0, '2024-03'), 'month name without year, resolved into the past'],
    [t(0, 0, 'P2D', 'DURATION', 'two days'), t(0, 0, 'P3D', 'DURATION'), 'duration of another length or unit'],
    [t(0, 0, '2024', 'DATE', 'last year'), t(0, 0, '2024-Q3'), 'relative expression: gold year, system quarter'],
  ])('names the mistake in %j', (gold, system, category) => {
    expect(categoriseValueMiss({ document: 'a', dct: '2025-12-24', gold, system })).toBe(category);
  });
});
