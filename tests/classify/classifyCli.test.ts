import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { classify } from '../../scripts/classify.ts';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await classify(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const folder = () => mkdtemp(join(tmpdir(), 'classify-'));

describe('npm run classify', () => {
  test('writes one CASE label per snippet, under a header', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'in.tsv'), 'id\ttext\na1\tTwo suicide bombers blew themselves up at a checkpoint.\na2\tThousands marched peacefully through the capital.\n');
    const result = await run(join(dir, 'in.tsv'), join(dir, 'out.tsv'));
    expect(result.code).toBe(0);
    expect(await readFile(join(dir, 'out.tsv'), 'utf8')).toBe('id\tlabel\na1\tSUIC_BOMB\na2\tPEACE_PROTEST\n');
    expect(result.out).toMatch(/^2 snippets labelled in \d+ ms; wrote /);
  });

  test('accepts the three columns of the CASE files, ignoring the third', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'in.tsv'), 'id\tEventSnippet\tSubType\n9\tPolice seized rifles and ammunition.\tWHATEVER\n');
    expect((await run(join(dir, 'in.tsv'), join(dir, 'out.tsv'))).code).toBe(0);
    expect(await readFile(join(dir, 'out.tsv'), 'utf8')).toBe('id\tlabel\n9\tDISR_WEAP\n');
  });

  test('names the file and line of a bad snippet, exits 1 and leaves the output as it was', async () => {
    const dir = await folder();
    await writeFile(join(dir, 'in.tsv'), '1\tRebels shelled the town.\n2 no tab\n');
    await writeFile(join(dir, 'out.tsv'), 'earlier labels\n');
    const result = await run(join(dir, 'in.tsv'), join(dir, 'out.tsv'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('in.tsv:2:1  expected an id, a tab and the snippet\'s text, found "2 no tab"');
    expect(result.err).toMatch(/1 problem in .*in\.tsv; nothing was written\.$/);
    expect(await readFile(join(dir, 'out.tsv'), 'utf8')).toBe('earlier labels\n');
    expect(await readdir(dir)).toEqual(['in.tsv', 'out.tsv']);
  });

  test('says so when the input is missing, and writes nothing', async () => {
    const dir = await folder();
    const result = await run(join(dir, 'none.tsv'), join(dir, 'out.tsv'));
    expect(result.code).toBe(1);
    expect(result.err).toContain('none.tsv  expected a file of snippets (id<TAB>text), found no file [no-file]');
    expect(await readdir(dir)).toEqual([]);
  });

  test('exits 2 with the usage when the arguments are wrong', async () => {
    const result = await run('only-one.tsv');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^expected an input and an output file, found 1 argument\nusage: npm run classify/);
  });
});
