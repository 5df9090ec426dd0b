import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readDevset } from '../../../scripts/io/bench/readDevset.ts';
import { PHENOMENA } from '../../../scripts/lib/bench/events/devsetKey.ts';
import { formatProblem } from '../../../src/lib/problem.ts';
import { ontology } from './fixtures.ts';

const DEVSET = join(import.meta.dirname, '../../devset');
const { conflicts, problems } = await readDevset(DEVSET, ontology);

describe('the development set in tests/devset', () => {
  test('has no problem in any key or article', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  // Issue 11 asked for 20–30 reports; the set has since grown with more conflicts, each a first
  // test of the extractor on reporting it was not written for, so only the floor is held.
  test('holds at least 20 reports of at least four conflicts, none of them the 2025 Thailand–Cambodia conflict', () => {
    const articles = conflicts.flatMap((c) => c.key.articles);
    expect(articles.length).toBeGreaterThanOrEqual(20);
    expect(conflicts.length).toBeGreaterThanOrEqual(4);
    const thaiCambodian2025 = conflicts.filter((c) => /thai|cambod/.test(c.key.conflict)).flatMap((c) => c.key.articles.filter((a) => a.published >= '2025'));
    expect(thaiCambodian2025).toEqual([]);
  });

  test('gives the publication day in front matter for only some articles, as pasted articles do', () => {
    const withFrontMatter = conflicts.flatMap((c) => c.articles).filter((a) => a.meta.published !== undefined).length;
    const all = conflicts.flatMap((c) => c.articles).length;
    expect(withFrontMatter).toBeGreaterThan(0);
    expect(withFrontMatter).toBeLessThan(all / 2 + 1);
  });

  test('exercises every phenomenon the key format names', () => {
    const seen = new Set(conflicts.flatMap((c) => c.key.articles.flatMap((a) => a.phenomena)));
    expect(PHENOMENA.filter((p) => !seen.has(p))).toEqual([]);
  });
});

describe('readDevset on a broken key', () => {
  async function broken(edit: (text: string) => string) {
    const dir = await mkdtemp(join(tmpdir(), 'devset-'));
    await cp(DEVSET, dir, { recursive: true });
    const file = join(dir, 'keys/sudan-south-sudan-2012.yaml');
    await writeFile(file, edit(await readFile(file, 'utf8')));
    return { file: relative(process.cwd(), file), ...(await readDevset(dir, ontology)) };
  }

  test('names the file, line and path of a type whose kind is not its kind in the ontology, and leaves that conflict out', async () => {
    const { file, problems, conflicts } = await broken((t) => t.replace('kind: measure, type: deployment', 'kind: fighting, type: deployment'));
    expect(problems.map(formatProblem)).toEqual([`${file}:28:127  happenings[10].kind: expected kind "measure", the kind of type "deployment" in ontology.yaml, found "fighting" [key-field]`]);
    expect(conflicts.map((c) => c.key.conflict)).not.toContain('sudan-south-sudan-2012');
  });

  test('names an unknown field and an unknown happening id', async () => {
    const { file, problems } = await broken((t) => t.replace('    outlet: BBC News', '    outlet: BBC News\n    author: someone'));
    expect(problems.map(formatProblem)).toEqual([`${file}:67:5  articles[3].author: expected one of the fields file, url, outlet, published, report, phenomena, key, other, traps; found unknown field "author" [key-field]`]);
    const second = await broken((t) => t.replace('key: [2012-04-20-heglig-retaken,', 'key: [2012-04-20-heglig-retakn,'));
    expect(second.problems.map(formatProblem)).toContain(`${second.file}:70:11  articles[3].key[0]: expected the id of a happening, found "2012-04-20-heglig-retakn" (add it under happenings, or correct the id) [key-unknown-happening]`);
  });
});
