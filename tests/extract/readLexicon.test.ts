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

  it('says to run `npm run schema` when the ontology has kinds or types the generated module lacks', async () => {
    const blockade = '  blockade:\n    kind: diplomacy\n    label: Blockade\n    definition: A side blocks passage.\n    source: timeline\n\n# Kinds of the first';
    const at = await lexiconWith('ontology.yaml', (t) => t.replace('\n# Kinds of the first', blockade));
    const { problems } = await readLexicon(at);
    expect(problems.map((p) => formatProblem({ ...p, file: 'ontology.yaml' }))).toContain(
      'ontology.yaml  expected the kinds and types src/lib/ontology.ts was generated from, found others (run `npm run schema` to regenerate src/lib/ontology.ts and data/events.schema.json from it) [ontology-stale]',
    );
  });

  it('refuses a trigger listed under a type of another kind', async () => {
    const at = await lexiconWith('kinds.yaml', (t) => t.replace('    shelling: [shelling,', '    armed-clash: [pounding]\n    shelling: [shelling,'));
    const { problems } = await readLexicon(at);
    expect(problems.map((p) => formatProblem({ ...p, file: 'kinds.yaml' }))).toEqual([
      expect.stringMatching(/^kinds\.yaml:\d+:\d+  strike\.types\["armed-clash"\]: expected a type of kind "strike", not one of kind "fighting", found a list of 1 \[lexicon-field\]$/),
    ]);
  });
});
