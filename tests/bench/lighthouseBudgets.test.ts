import { describe, expect, test } from 'vitest';
import { checkLighthouse, lighthousePages } from '../../scripts/lib/bench/lighthouseBudgets.ts';

describe('lighthousePages', () => {
  test('scores the reader page, an event page and the embed with the committed data, and the Thai reader page and Khmer embed too, the embeds without SEO', () => {
    const pages = lighthousePages('/events/a/', false);
    expect(pages.map((p) => p.path)).toEqual(['/', '/events/a/', '/embed/', '/th/', '/km/embed/']);
    for (const page of [pages[2]!, pages[4]!]) expect(page.budgets).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100 });
    for (const page of [pages[0]!, pages[1]!, pages[3]!]) expect(page.budgets).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
  });

  test('scores only the reader page of a generated archive, where performance may be 95', () => {
    expect(lighthousePages('/events/a/', true)).toEqual([{ name: 'reader page', path: '/', budgets: { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 } }]);
  });
});

describe('checkLighthouse', () => {
  test('takes the median of the runs, so one slow run does not decide', () => {
    const [line] = checkLighthouse({ performance: 100 }, [{ performance: 1 }, { performance: 0.72 }, { performance: 1 }]);
    expect(line).toEqual({ category: 'performance', score: 100, budget: 100, pass: true });
  });

  test('misses a budget by one point', () => {
    expect(checkLighthouse({ performance: 95 }, [{ performance: 0.94 }])[0]!.pass).toBe(false);
    expect(checkLighthouse({ performance: 95 }, [{ performance: 0.95 }])[0]!.pass).toBe(true);
  });

  test('counts a category Lighthouse could not score as 0, a miss', () => {
    expect(checkLighthouse({ seo: 100 }, [{ seo: null }])[0]).toEqual({ category: 'seo', score: 0, budget: 100, pass: false });
  });

  test('reports only the categories that have a budget, in Lighthouse\'s order', () => {
    const lines = checkLighthouse({ seo: 100, performance: 90 }, [{ performance: 0.9, accessibility: 1, seo: 1 }]);
    expect(lines.map((l) => l.category)).toEqual(['performance', 'seo']);
  });

  test('refuses to judge without a run', () => {
    expect(() => checkLighthouse({ performance: 100 }, [])).toThrow('at least one run');
  });
});
