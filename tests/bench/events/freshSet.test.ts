import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset, type DevsetConflict } from '../../../scripts/io/bench/readDevset.ts';
import { daySpan } from '../../../src/lib/partialDate.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';

// The fresh set (tests/fresh/README.md): reports scored once, before any change, as an estimate of
// unseen reporting, and never tuned against. These tests guard what makes it that; nothing here
// looks at what the extractor makes of it.
const fresh = await readDevset(join(import.meta.dirname, '../../fresh'), ontology);
const devset = await readDevset(join(import.meta.dirname, '../../devset'), ontology);
const holdout = await readDevset(join(import.meta.dirname, '../../holdout'), ontology);

/** A round is its parties (two or more actors in common) over the days of its key happenings. */
const round = ({ key }: DevsetConflict) => {
  const keyed = key.happenings.filter((h) => key.articles.some((a) => a.key.includes(h.id)));
  const spans = keyed.map((h) => ({ first: daySpan(h.date).first, last: daySpan(h.endDate ?? h.date).last }));
  return { name: key.conflict, parties: new Set(keyed.flatMap((h) => h.actors)), first: spans.map((s) => s.first).sort()[0]!, last: spans.map((s) => s.last).sort().at(-1)! };
};
/** Rounds of `a` that one of `b` also covers: two parties in common over overlapping days. */
const shared = (a: readonly DevsetConflict[], b: readonly DevsetConflict[]) => {
  const others = b.map(round);
  return a.map(round).flatMap((x) =>
    others.filter((y) => [...x.parties].filter((p) => y.parties.has(p)).length >= 2 && x.first <= y.last && y.first <= x.last).map((y) => `${x.name} = ${y.name}`),
  );
};
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
    expect(shared(fresh.conflicts, devset.conflicts)).toEqual([]);
    expect(shared(fresh.conflicts, holdout.conflicts)).toEqual([]);
    const known = new Set([...urls(devset), ...urls(holdout)]);
    expect(fresh.conflicts.flatMap((c) => c.key.articles.filter((a) => known.has(a.url)).map((a) => a.file))).toEqual([]);
  });
});
