import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset } from '../../../scripts/io/bench/readDevset.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';
import { sharedRounds } from './sharedRounds.ts';

// The held-out set (tests/holdout/README.md): real reports of conflicts the development set does
// not cover, read with the development set's reader and checks. These tests guard what makes it a
// fair second measure; nothing here looks at what the extractor makes of it.
const holdout = await readDevset(join(import.meta.dirname, '../../holdout'), ontology);
const devset = await readDevset(join(import.meta.dirname, '../../devset'), ontology);
const articles = holdout.conflicts.flatMap((c) => c.key.articles);

describe('the held-out set in tests/holdout', () => {
  test('has no problem in any key or article', () => {
    expect(holdout.problems.map(formatProblem)).toEqual([]);
  });

  test('holds 10 to 14 reports of three or four conflicts, none of them the 2025 Thailand–Cambodia conflict', () => {
    expect(articles.length).toBeGreaterThanOrEqual(10);
    expect(articles.length).toBeLessThanOrEqual(14);
    expect(holdout.conflicts.length).toBeGreaterThanOrEqual(3);
    expect(holdout.conflicts.length).toBeLessThanOrEqual(4);
    expect(holdout.conflicts.filter((c) => /thai|cambod/.test(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('covers no round of fighting the development set covers, and shares no report with it', () => {
    expect(sharedRounds(holdout.conflicts, devset.conflicts)).toEqual([]);
    const devUrls = new Set(devset.conflicts.flatMap((c) => c.key.articles.map((a) => a.url)));
    expect(articles.filter((a) => devUrls.has(a.url)).map((a) => a.file)).toEqual([]);
  });

  test('gives the publication day in front matter for only some articles, as pasted articles do', () => {
    const read = holdout.conflicts.flatMap((c) => c.articles);
    const withFrontMatter = read.filter((a) => a.meta.published !== undefined).length;
    expect(withFrontMatter).toBeGreaterThan(0);
    expect(withFrontMatter).toBeLessThan(read.length / 2 + 1);
  });

  test('mixes report types and outlets, as real reporting does', () => {
    expect(new Set(articles.map((a) => a.report)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(10);
  });
});
