import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset } from '../../../scripts/io/bench/readDevset.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';
import { sharedRounds } from './sharedRounds.ts';

// The reserve sets (tests/reserve/README.md; tests/reserve-next/ or tests/batch17/ while the next is
// written): real reports of conflicts no round has seen, scored at a round's start and end and
// never tuned against; the next one is written during a round and takes the reserve's place at its
// end. These tests guard what
// makes each an honest measure of generality; nothing here looks at what the extractor makes of it.
const devset = await readDevset(join(import.meta.dirname, '../../devset'), ontology);
const setDirs = ['reserve', 'reserve-next', 'batch17'].filter((name) => existsSync(join(import.meta.dirname, '../..', name)));
const sets = await Promise.all(
  setDirs.map(async (name) => ({ name, set: await readDevset(join(import.meta.dirname, '../..', name), ontology) })),
);

// Every pair of these sets must be apart (a batch may also wait in a directory of its own while it
// is written): no conflict, round or report shared.
test('no two of the reserve sets share a conflict, a round or a report', () => {
  expect(setDirs).toContain('reserve');
  const pairs = sets.flatMap((a, i) => sets.slice(i + 1).map((b) => [a, b] as const));
  for (const [a, b] of pairs) {
    const names = new Set(a.set.conflicts.map((c) => c.key.conflict));
    expect(b.set.conflicts.filter((c) => names.has(c.key.conflict)).map((c) => `${b.name}: ${c.key.conflict}`)).toEqual([]);
    expect(sharedRounds(b.set.conflicts, a.set.conflicts)).toEqual([]);
    const urls = new Set(a.set.conflicts.flatMap((c) => c.key.articles.map((x) => x.url)));
    expect(b.set.conflicts.flatMap((c) => c.key.articles).filter((x) => urls.has(x.url)).map((x) => `${b.name}: ${x.file}`)).toEqual([]);
  }
});

describe.each(sets)('the reserve set in tests/$name', ({ set: reserve }) => {
  const articles = reserve.conflicts.flatMap((c) => c.key.articles);

  test('has no problem in any key or article', () => {
    expect(reserve.problems.map(formatProblem)).toEqual([]);
  });

  test('holds 9 to 16 reports of three to five conflicts, each told by three reports or more, none of them the 2025 Thailand–Cambodia conflict', () => {
    expect(articles.length).toBeGreaterThanOrEqual(9);
    expect(articles.length).toBeLessThanOrEqual(16);
    expect(reserve.conflicts.length).toBeGreaterThanOrEqual(3);
    expect(reserve.conflicts.length).toBeLessThanOrEqual(5);
    expect(reserve.conflicts.filter((c) => c.key.articles.length < 3).map((c) => c.key.conflict)).toEqual([]);
    expect(reserve.conflicts.filter((c) => /thai|cambod/.test(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('covers no round of fighting the development set covers, and shares no report with it', () => {
    expect(sharedRounds(reserve.conflicts, devset.conflicts)).toEqual([]);
    const devUrls = new Set(devset.conflicts.flatMap((c) => c.key.articles.map((a) => a.url)));
    expect(articles.filter((a) => devUrls.has(a.url)).map((a) => a.file)).toEqual([]);
    const devConflicts = new Set(devset.conflicts.map((c) => c.key.conflict));
    expect(reserve.conflicts.filter((c) => devConflicts.has(c.key.conflict)).map((c) => c.key.conflict)).toEqual([]);
  });

  test('gives the publication day in front matter for only some articles, as pasted articles do', () => {
    const read = reserve.conflicts.flatMap((c) => c.articles);
    const withFrontMatter = read.filter((a) => a.meta.published !== undefined).length;
    expect(withFrontMatter).toBeGreaterThan(0);
    expect(withFrontMatter).toBeLessThan(read.length / 2 + 1);
  });

  test('mixes report types and outlets, as real reporting does', () => {
    // A batch may lean on one kind of report (the fourth reserve had wire reports and follow-ups
    // only; the fifth has five kinds). Two kinds at the least, and many outlets.
    expect(new Set(articles.map((a) => a.report)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(articles.map((a) => a.outlet)).size).toBeGreaterThanOrEqual(8);
  });
});
