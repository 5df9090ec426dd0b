import { describe, expect, test } from 'vitest';
import { furnishArticle } from '../../../scripts/lib/bench/events/furnishArticle.ts';

const headed = ['Arland and Borea trade fire across the river', 'Soldiers fired across the river on Tuesday, officials said.', 'The shooting stopped by nightfall.', 'Envoys were summoned.', 'Talks are due next week.', 'Both sides blame the other.'];
const dates = { published: '2024-03-14', updated: '2024-03-15', copyright: 2026 };

describe('furnishArticle wraps an article in page furniture', () => {
  test('keeps every paragraph whole and in order, with furniture around and between them', () => {
    const body = headed.join('\n\n');
    const out = furnishArticle('a.txt', body).split('\n\n');
    const own = out.filter((p) => headed.includes(p));
    expect(own).toEqual(headed);
    expect(out.length).toBeGreaterThanOrEqual(headed.length + 4);
    expect(out.indexOf(headed[0]!)).toBeGreaterThan(0);
  });

  test('gives each name its own mix, and the same mix every time', () => {
    const body = headed.join('\n\n');
    expect(furnishArticle('a.txt', body)).toBe(furnishArticle('a.txt', body));
    const mixes = new Set(['a.txt', 'b.txt', 'c.txt', 'd.txt', 'e.txt', 'f.txt'].map((n) => furnishArticle(n, body)));
    expect(mixes.size).toBeGreaterThan(2);
  });

  test('puts the byline under a headline, and above a lede the article opens with', () => {
    const underHeadline = furnishArticle('a.txt', headed.join('\n\n'), dates).split('\n\n');
    const stampAt = underHeadline.findIndex((p) => p.includes('2024'));
    expect(stampAt).toBe(underHeadline.indexOf(headed[0]!) + 2);
    const ledeFirst = furnishArticle('a.txt', headed.slice(1).join('\n\n'), dates).split('\n\n');
    expect(ledeFirst.findIndex((p) => p.includes('2024'))).toBeLessThan(ledeFirst.indexOf(headed[1]!));
  });

  test('keeps an article without blank lines a paragraph a line', () => {
    const out = furnishArticle('a.txt', headed.join('\n'));
    expect(out).not.toMatch(/\n\s*\n/);
    expect(out.split('\n').filter((l) => headed.includes(l))).toEqual(headed);
  });

  test('prints the stamp and copyright only when given dates, the stamp with the publication year', () => {
    expect(furnishArticle('a.txt', headed.join('\n\n'))).not.toMatch(/\d{4}/);
    const out = furnishArticle('a.txt', headed.join('\n\n'), dates);
    expect(out).toMatch(/2024/);
    expect(out).toMatch(/© 2026/);
  });
});
