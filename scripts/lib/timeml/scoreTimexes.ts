import { TIMEX_TYPES, type TimexType } from './timex.ts';

/** A time expression by the tokens it covers, with its TIMEX3 attributes, for scoring. */
export interface ScoredTimex {
  first: number;
  last: number;
  type: TimexType;
  value: string;
  /** The words, for reports. */
  text: string;
}

/** One document's gold and system annotations. */
export interface ScoredDocument {
  name: string;
  /** The creation day the values are resolved against. */
  dct: string;
  gold: readonly ScoredTimex[];
  system: readonly ScoredTimex[];
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

/** A relaxed match whose value differs from the gold one. */
export interface ValueMiss {
  document: string;
  dct: string;
  gold: ScoredTimex;
  system: ScoredTimex;
}

/** Counts and figures of one scoring, all as fractions (0–1). */
export interface TimexScore {
  gold: number;
  system: number;
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
  /** Share of relaxed-matched gold expressions whose type equals the system's. */
  typeAccuracy: number;
  /** Share of relaxed-matched gold expressions whose value equals the system's. */
  valueAccuracy: number;
  /** TempEval-3's value F1: value accuracy × relaxed F1. */
  valueF1: number;
  /** Recall by gold type, precision by system type. */
  byType: Record<TimexType, { gold: number; system: number; strict: PrecisionRecall; relaxed: PrecisionRecall; valueAccuracy: number }>;
  valueMisses: ValueMiss[];
  /** Gold expressions that no system expression overlaps, and system ones that overlap no gold. */
  missed: { document: string; timex: ScoredTimex }[];
  spurious: { document: string; timex: ScoredTimex }[];
}

const overlaps = (a: ScoredTimex, b: ScoredTimex) => a.first <= b.last && b.first <= a.last;
const same = (a: ScoredTimex, b: ScoredTimex) => a.first === b.first && a.last === b.last;
const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);
const prf = (matchedSystem: number, system: number, matchedGold: number, gold: number): PrecisionRecall => {
  const precision = ratio(matchedSystem, system);
  const recall = ratio(matchedGold, gold);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
};

interface Tally {
  gold: number;
  system: number;
  strictGold: number;
  strictSystem: number;
  relaxedGold: number;
  relaxedSystem: number;
  typeRight: number;
  valueRight: number;
}
const tally = (): Tally => ({ gold: 0, system: 0, strictGold: 0, strictSystem: 0, relaxedGold: 0, relaxedSystem: 0, typeRight: 0, valueRight: 0 });

/**
 * Scores system TIMEX3s against gold ones the TempEval-3 way (UzZaman et al. 2013): a relaxed
 * match overlaps by a token, a strict one covers the same tokens; precision counts system
 * expressions that match some gold one, recall gold ones that some system one matches; value
 * accuracy is taken over relaxed matches (the exact-extent system expression when there is
 * one), and value F1 = value accuracy × relaxed F1.
 * @example scoreTimexes(documents).valueF1 // 0.81
 */
export function scoreTimexes(documents: readonly ScoredDocument[]): TimexScore {
  const all = tally();
  const byType = Object.fromEntries(TIMEX_TYPES.map((t) => [t, tally()])) as Record<TimexType, Tally>;
  const valueMisses: ValueMiss[] = [];
  const missed: TimexScore['missed'] = [];
  const spurious: TimexScore['spurious'] = [];
  for (const doc of documents) {
    for (const g of doc.gold) {
      const t = byType[g.type];
      all.gold++;
      t.gold++;
      const matches = doc.system.filter((s) => overlaps(g, s));
      if (matches.length === 0) {
        missed.push({ document: doc.name, timex: g });
        continue;
      }
      const exact = matches.find((s) => same(g, s));
      const s = exact ?? matches[0]!;
      for (const x of [all, t]) {
        x.relaxedGold++;
        if (exact) x.strictGold++;
        if (s.type === g.type) x.typeRight++;
        if (s.value === g.value) x.valueRight++;
      }
      if (s.value !== g.value) valueMisses.push({ document: doc.name, dct: doc.dct, gold: g, system: s });
    }
    for (const s of doc.system) {
      const t = byType[s.type];
      all.system++;
      t.system++;
      const relaxed = doc.gold.some((g) => overlaps(g, s));
      if (!relaxed) spurious.push({ document: doc.name, timex: s });
      for (const x of [all, t]) {
        if (relaxed) x.relaxedSystem++;
        if (doc.gold.some((g) => same(g, s))) x.strictSystem++;
      }
    }
  }
  const figures = (x: Tally) => ({
    strict: prf(x.strictSystem, x.system, x.strictGold, x.gold),
    relaxed: prf(x.relaxedSystem, x.system, x.relaxedGold, x.gold),
    valueAccuracy: ratio(x.valueRight, x.relaxedGold),
  });
  const overall = figures(all);
  return {
    gold: all.gold,
    system: all.system,
    ...overall,
    typeAccuracy: ratio(all.typeRight, all.relaxedGold),
    valueF1: overall.valueAccuracy * overall.relaxed.f1,
    byType: Object.fromEntries(TIMEX_TYPES.map((t) => [t, { gold: byType[t].gold, system: byType[t].system, ...figures(byType[t]) }])) as TimexScore['byType'],
    valueMisses,
    missed,
    spurious,
  };
}
