import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset } from '../../../scripts/io/bench/readDevset.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';

// The fresh set (tests/fresh/README.md): reports added to be scored once before any change, as an
// estimate of unseen reporting. These tests guard what makes it that; nothing here looks at what
// the extractor makes of it.
const fresh = await readDevset(join(import.meta.dirname, '../../fresh'), ontology);
const devset = await readDevset(join(import.meta.dirname, '../../devset'), ontology);

describe('the fresh set in tests/fresh', () => {
  test('has no problem in any key or article', () => {
    expect(fresh.problems.map(formatProblem)).toEqual([]);
  });

  test('holds no report of the 2025 Thailand–Cambodia conflict', () => {
    expect(fresh.conflicts.length).toBeGreaterThan(0);
    expect(fresh.conflicts.filter((c) => /thai|cambod/.test(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('shares no conflict and no report with the development set', () => {
    const names = new Set(devset.conflicts.map((c) => c.key.conflict));
    const urls = new Set(devset.conflicts.flatMap((c) => c.key.articles.map((a) => a.url)));
    expect(fresh.conflicts.map((c) => c.key.conflict).filter((n) => names.has(n))).toEqual([]);
    expect(fresh.conflicts.flatMap((c) => c.key.articles.map((a) => a.url)).filter((u) => urls.has(u))).toEqual([]);
  });
});
