import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readLexicon } from '../../../scripts/io/readLexicon.ts';
import { compileLexicon } from '../../../scripts/lib/extract/lexicon/compileLexicon.ts';
import { formatProblem } from '../../../src/lib/problem.ts';

const lexiconDir = join(import.meta.dirname, '../../../scripts/lexicon');
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
      expect.stringMatching(new RegExp(`^places\\.yaml:${lines}:\\d+  \\[\\d+\\]\\.populaton: expected one of the fields name, names, aliases, admin1, country, kind, coordinates, coordinatesSource; found unknown field "populaton" \\[lexicon-field\\]$`)),
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
});

const BASE = join(import.meta.dirname, '../../../scripts/lexicon');

async function overlay(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'lexicon-overlay-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('readLexicon with an overlay of a fork\'s gazetteers', () => {
  it('adds the overlay\'s countries and places and keeps the base ones', async () => {
    const dir = await overlay({
      'actors.yaml': '- { name: Kyrgyzstan, type: country, aliases: [Kyrgyzstan, Kyrgyz] }\n',
      'places.yaml': '- { name: Batken, aliases: [Batken, Batken region], admin1: Batken, country: Kyrgyzstan, kind: province }\n',
    });
    const { lexicon, problems } = await readLexicon(BASE, dir);
    expect(problems).toEqual([]);
    const compiled = compileLexicon(lexicon!);
    expect(compiled.actors('Kyrgyz and Thai officials').map((m) => m.value.name)).toEqual(['Kyrgyzstan', 'Thailand']);
    expect(compiled.places('in the Batken region').map((m) => m.value)).toEqual([{ name: 'Batken', admin1: 'Batken', country: 'Kyrgyzstan', kind: 'province' }]);
    expect(compiled.places('in Trat').map((m) => m.value.name)).toEqual(['Trat']);
  });

  it('lets an overlay entry replace the base entry of the same name, and needs only one of the two files', async () => {
    const dir = await overlay({ 'actors.yaml': '- { name: Thailand, type: country, aliases: [Siam] }\n' });
    const { lexicon } = await readLexicon(BASE, dir);
    const compiled = compileLexicon(lexicon!);
    expect(compiled.actors('Siam said').map((m) => m.value.name)).toEqual(['Thailand']);
    expect(compiled.actors('Thai troops said').map((m) => m.value.name)).not.toContain('Thailand');
    expect(lexicon!.places).toHaveLength((await readLexicon(BASE)).lexicon!.places.length);
  });

  it('reports a wrong overlay entry with its file, line and path, and returns no lexicon', async () => {
    const dir = await overlay({ 'places.yaml': '- { name: Batken, aliases: [Batken], admin1: Batken, country: Kyrgyzstan, kind: province }\n- { name: Vorukh, aliases: [Vorukh], admin1: Sughd, country: Tajikistan, kind: exclave }\n' });
    const { lexicon, problems } = await readLexicon(BASE, dir);
    expect(lexicon).toBeUndefined();
    expect(problems).toMatchObject([{ code: 'lexicon-field', file: relative(process.cwd(), join(dir, 'places.yaml')), line: 2, path: '[1].kind' }]);
    expect(problems[0]!.message).toContain('"province"');
  });

  it('refuses an overlay folder that holds neither gazetteer', async () => {
    const dir = await overlay({ 'kinds.yaml': '{}\n' });
    const { problems } = await readLexicon(BASE, dir);
    expect(problems).toMatchObject([{ code: 'lexicon-overlay-empty', message: 'expected actors.yaml or places.yaml in the overlay folder, found neither' }]);
  });
});
