import { median } from 'd3';

/** The categories Lighthouse scores, as its report names them. */
export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

/** A page to score and the least score (0–100) each category must reach; a category left out is not scored. */
export interface LighthousePage {
  name: string;
  path: string;
  budgets: Partial<Record<LighthouseCategory, number>>;
}

/**
 * The pages issue 12 sets Lighthouse budgets for (mobile, simulated throttling): with the
 * committed data, 100 in every category on the reader page, an event page and the embed, whose
 * SEO is not scored because it is noindex on purpose, and the same in the Thai reader page and the
 * Khmer embed (issue 13), which load their script's web font; with a generated archive
 * (`archive`), the reader page alone, performance ≥ 95 and the rest 100.
 * @example lighthousePages('/events/x/', false).map((p) => p.path) // ['/', '/events/x/', '/embed/', '/th/', '/km/embed/']
 */
export function lighthousePages(eventPath: string, archive: boolean): LighthousePage[] {
  const all = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
  if (archive) return [{ name: 'reader page', path: '/', budgets: { ...all, performance: 95 } }];
  const { seo: _notScored, ...embed } = all;
  return [
    { name: 'reader page', path: '/', budgets: all },
    { name: 'event page', path: eventPath, budgets: all },
    { name: 'embed', path: '/embed/', budgets: embed },
    // Issue 13: the editions keep the same budgets, their web font included.
    { name: 'Thai reader page', path: '/th/', budgets: all },
    { name: 'Khmer embed', path: '/km/embed/', budgets: embed },
  ];
}

/** One category's median score over the runs, and whether it reached its budget. */
export interface ScoreLine {
  category: LighthouseCategory;
  score: number;
  budget: number;
  pass: boolean;
}

/**
 * Each budgeted category's median over the runs (a score in 0–1, as Lighthouse reports it, shown
 * as 0–100), against its budget. A run without a score for a category counts as 0: a category
 * Lighthouse could not score is a miss, not a pass.
 * @example checkLighthouse({ performance: 100 }, [{ performance: 0.99 }, { performance: 1 }, { performance: 1 }])[0].pass // true
 */
export function checkLighthouse(budgets: LighthousePage['budgets'], runs: readonly Partial<Record<LighthouseCategory, number | null>>[]): ScoreLine[] {
  if (runs.length === 0) throw new Error('checkLighthouse needs at least one run');
  return LIGHTHOUSE_CATEGORIES.filter((c) => budgets[c] !== undefined).map((category) => {
    const score = Math.round(median(runs.map((r) => (r[category] ?? 0) * 100))!);
    const budget = budgets[category]!;
    return { category, score, budget, pass: score >= budget };
  });
}
