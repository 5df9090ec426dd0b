import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset, type DevsetConflict } from '../../../scripts/io/bench/readDevset.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';
import { sharedRounds } from './sharedRounds.ts';

// The fresh set (tests/fresh/README.md): reports scored once, before any change, as an estimate of
// unseen reporting, and never tuned against. These tests guard what makes it that; nothing here
// looks at what the extractor makes of it.
const fresh = await readDevset(join(import.meta.dirname, '../../fresh'), ontology);
const devset = await readDevset(join(import.meta.dirname, '../../devset'), ontology);
const holdout = await readDevset(join(import.meta.dirname, '../../holdout'), ontology);

const urls = (set: { conflicts: DevsetConflict[] }) => new Set(set.conflicts.flatMap((c) => c.key.articles.map((a) => a.url)));

describe('the fresh set in tests/fresh', () => {
  test('has no problem in any key or article', () => {
    expect(fresh.problems.map(formatProblem)).toEqual([]);
  });

  test('holds no report of the 2025 Thailand–Cambodia conflict', () => {
    expect(fresh.conflicts.length).toBeGreaterThan(0);
    expect(fresh.conflicts.filter((c) => /thai|cambod/.test(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('covers no round the development set or the held-out set covers, and shares no report with them', () => {
    expect(sharedRounds(fresh.conflicts, devset.conflicts)).toEqual([]);
    expect(sharedRounds(fresh.conflicts, holdout.conflicts)).toEqual([]);
    const known = new Set([...urls(devset), ...urls(holdout)]);
    expect(fresh.conflicts.flatMap((c) => c.key.articles.filter((a) => known.has(a.url)).map((a) => a.file))).toEqual([]);
  });
});
