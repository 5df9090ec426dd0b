import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset } from '../../../scripts/io/bench/readDevset.ts';
import { readLexicon } from '../../../scripts/io/readLexicon.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';
import { sharedRounds } from './sharedRounds.ts';

// The next reserve batch (tests/reserve-next/README.md): real reports of conflicts no round has
// seen, written by a helper who writes no rules, scored only by the lead. These tests guard what
// makes it an honest measure of generality; nothing here looks at what the extractor makes of it.
const next = await readDevset(join(import.meta.dirname, '../../reserve-next'), ontology);
const devset = await readDevset(join(import.meta.dirname, '../../devset'), ontology);
const articles = next.conflicts.flatMap((c) => c.key.articles);

describe('the next reserve batch in tests/reserve-next', () => {
  test('has no problem in any key, article or lexicon file', async () => {
    expect(next.problems.map(formatProblem)).toEqual([]);
    const lexicon = await readLexicon(join(import.meta.dirname, '../../../scripts/lexicon'), join(import.meta.dirname, '../../reserve-next/lexicon'));
    expect(lexicon.problems.map(formatProblem)).toEqual([]);
  });

  test('holds 13 to 16 reports of four or five conflicts, each told by three reports or more, with 28 to 36 happenings, none of them the 2025 Thailand–Cambodia conflict', () => {
    expect(articles.length).toBeGreaterThanOrEqual(13);
    expect(articles.length).toBeLessThanOrEqual(16);
    expect(next.conflicts.length).toBeGreaterThanOrEqual(4);
    expect(next.conflicts.length).toBeLessThanOrEqual(5);
    expect(next.conflicts.filter((c) => c.key.articles.length < 3).map((c) => c.key.conflict)).toEqual([]);
    const happenings = next.conflicts.flatMap((c) => c.key.happenings).length;
    expect(happenings).toBeGreaterThanOrEqual(28);
    expect(happenings).toBeLessThanOrEqual(36);
    expect(next.conflicts.filter((c) => /thai|cambod/.test(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('covers no round of fighting the development set covers, and shares no report with it', () => {
    expect(sharedRounds(next.conflicts, devset.conflicts)).toEqual([]);
    const devUrls = new Set(devset.conflicts.flatMap((c) => c.key.articles.map((a) => a.url)));
    expect(articles.filter((a) => devUrls.has(a.url)).map((a) => a.file)).toEqual([]);
    const devConflicts = new Set(devset.conflicts.map((c) => c.key.conflict));
    expect(next.conflicts.filter((c) => devConflicts.has(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('gives the publication day in front matter for only some articles, as pasted articles do', () => {
    const read = next.conflicts.flatMap((c) => c.articles);
    const withFrontMatter = read.filter((a) => a.meta.published !== undefined).length;
    expect(withFrontMatter).toBeGreaterThan(0);
    expect(withFrontMatter).toBeLessThan(read.length / 2 + 1);
  });

  test('mixes report types, outlets and ways of giving the day, and tells a claim and its denial, a plan and differing figures', () => {
    expect(new Set(articles.map((a) => a.report)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(8);
    const phenomena = new Set(articles.flatMap((a) => a.phenomena));
    for (const p of ['dateline', 'weekday', 'no-date', 'updated-line', 'recap', 'claim-denial', 'differing-figures', 'plan', 'plan-done', 'postponement'] as const) expect(phenomena).toContain(p);
  });
});
