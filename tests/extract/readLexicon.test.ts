import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLexicon } from '../../scripts/io/readLexicon.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const lexiconDir = join(import.meta.dirname, '../../scripts/lexicon');
let dir: string;

/** A copy of the lexicon with one file's text changed. */
async function lexiconWith(file: string, change: (text: string) => string): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'lexicon-'));
  await cp(lexiconDir, dir, { recursive: true });
  await writeFile(join(dir, file), change(await readFile(join(lexiconDir, file), 'utf8')));
  return dir;
}

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('readLexicon', () => {
  it('reads the committed lexicon without problems', async () => {
    const { lexicon, problems } = await readLexicon(lexiconDir);
    expect(problems).toEqual([]);
    expect(lexicon?.actors.some((a) => a.name === 'Thailand')).toBe(true);
  });

  it('names the line and the allowed fields of an unknown field, worded as for events.json', async () => {
    const at = await lexiconWith('places.yaml', (t) => `${t}- { name: X, aliases: [X], admin1: X, country: X, kind: city, populaton: 3 }\n`);
    const { lexicon, problems } = await readLexicon(at);
    expect(lexicon).toBeUndefined();
    const lines = (await readFile(join(at, 'places.yaml'), 'utf8')).split('\n').length - 1;
    expect(problems.map((p) => formatProblem({ ...p, file: 'places.yaml' }))).toEqual([
      expect.stringMatching(new RegExp(`^places\\.yaml:${lines}:\\d+  \\[\\d+\\]\\.populaton: expected one of the fields name, aliases, admin1, country, kind; found unknown field "populaton" \\[lexicon-field\\]$`)),
    ]);
  });

  it('points at the wrong value and says what it found', async () => {
    const at = await lexiconWith('markers.yaml', (t) => t.replace(/^report: .*$/m, 'report: 3'));
    const { problems } = await readLexicon(at);
    expect(problems.map((p) => formatProblem({ ...p, file: 'markers.yaml' }))).toEqual([expect.stringMatching(/^markers\.yaml:\d+:9  report: expected a list, found 3 \[lexicon-field\]$/)]);
  });
});
