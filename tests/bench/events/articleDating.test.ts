import { describe, expect, test } from 'vitest';
import { articleDating, formatArticleDating, formatArticlesOff } from '../../../scripts/lib/bench/events/articleDating.ts';

const keyed = [
  { file: 'a.txt', published: '2024-03-10' },
  { file: 'b.txt', published: '2024-03-10' },
  { file: 'c.txt', published: '2024-03-10' },
  { file: 'd.txt', published: '2024-03-10' },
  { file: 'e.txt', published: '2024-03-10' },
  { file: 'f.txt', published: '2024-03-10' },
];

describe('articleDating sets the day the run read against the key’s', () => {
  const datings = articleDating(keyed, [
    { file: 'a.txt', published: '2024-03-10', publishedFrom: 'front-matter' },
    { file: 'b.txt', published: '2024-03-09', publishedFrom: 'dateline' },
    { file: 'c.txt', published: '2024-03-14', publishedFrom: 'text' },
    { file: 'd.txt', published: '2025-03-10', publishedFrom: 'text' },
    { file: 'e.txt', published: '2024-03' },
    { file: 'f.txt' },
  ]);

  test('counts days off with their sign, and marks a month-only day as coarse', () => {
    expect(datings.map((d) => d.offBy)).toEqual([0, -1, 4, 365, -9, undefined]);
    expect(datings.map((d) => d.coarse)).toEqual([false, false, false, false, true, false]);
  });

  test('prints one line that names no article', () => {
    const line = formatArticleDating(datings);
    expect(line).toBe(
      'articles dated 1 of 6 to their day: 1 a day off, 1 2–7 days off, 1 further (1 of the 3 off too early; dated from 2 text, 1 dateline); 1 only to a month; 1 undated',
    );
    expect(line).not.toMatch(/\.txt/);
  });

  test('an article the run never listed is undated, and a line with nothing off has no breakdown', () => {
    expect(articleDating([{ file: 'x.txt', published: '2024-03-10' }], [])).toEqual([{ file: 'x.txt', coarse: false }]);
    expect(formatArticleDating(articleDating(keyed.slice(0, 1), [{ file: 'a.txt', published: '2024-03-10' }]))).toBe(
      'articles dated 1 of 1 to their day: 0 a day off, 0 2–7 days off, 0 further; 0 only to a month; 0 undated',
    );
  });

  test('lists the articles dated off by name, furthest first, leaving out those right, month-only or undated', () => {
    expect(formatArticlesOff(datings)).toEqual([
      'dated  d.txt 2025-03-10: 365 days late, from text',
      'dated  c.txt 2024-03-14: 4 days late, from text',
      'dated  b.txt 2024-03-09: a day early, from dateline',
    ]);
  });
});
