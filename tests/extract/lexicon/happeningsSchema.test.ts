import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../../src/lib/problem.ts';
import { readLexicon } from '../../../scripts/io/readLexicon.ts';
import { happeningTypeProblems } from '../../../scripts/lib/extract/lexicon/happeningsSchema.ts';
import { lexicon } from '../../helpers/lexicon.ts';

const LEXICON = join(import.meta.dirname, '../../../scripts/lexicon');

describe('happeningTypeProblems', () => {
  test('finds none in the project\'s lexicon', () => {
    expect(happeningTypeProblems(Object.keys(lexicon.ontology.types), lexicon.happenings)).toEqual([]);
  });

  test('names a type that is neither in the ontology nor a non-conflict type, and a type left unranked', () => {
    const happenings = { ...lexicon.happenings, triggers: [{ words: ['raid'], type: 'raid', refine: [{ when: { pos: 'verb' as const }, type: 'shellng' }] }] };
    expect(happeningTypeProblems(['shelling', 'talks'], { ...happenings, extraTriggers: [], types: {}, caseLabels: {}, priority: ['shelling'] })).toEqual([
      { path: ['triggers', 0, 'type'], message: 'expected a type of ontology.yaml or of `types`, found "raid"' },
      { path: ['triggers', 0, 'refine', 0, 'type'], message: 'expected a type of ontology.yaml or of `types`, found "shellng"' },
      { path: ['priority'], message: 'expected every type to be ranked, found no place for talks' },
    ]);
  });
});

describe('readLexicon with the ontology and the happening rules', () => {
  test('reads labels and definitions that hold commas whole', () => {
    expect(lexicon.ontology.kinds.strike!.label).toBe('Shelling, strikes and mines');
    expect(lexicon.ontology.types.shelling!.definition).toBe('Artillery, mortars, tanks, rockets or missiles are fired at a target from a distance.');
  });

  test('locates a misspelt type in happenings.yaml by line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lexicon-'));
    await cp(LEXICON, dir, { recursive: true });
    const text = await readFile(join(dir, 'happenings.yaml'), 'utf8');
    await writeFile(join(dir, 'happenings.yaml'), text.replace('    type: base-established\n', '    type: base-establishd\n'));
    const { lexicon: read, problems } = await readLexicon(dir);
    expect(read).toBeUndefined();
    expect(problems).toHaveLength(1);
    const line = text.split('\n').findIndex((l) => l === '    type: base-established') + 1;
    expect(formatProblem(problems[0]!)).toMatch(new RegExp(`happenings\\.yaml:${line}:11  triggers\\[\\d+\\]\\.type: expected a type of ontology\\.yaml or of \`types\`, found "base-establishd" \\[lexicon-field\\]$`));
  });

  test('refuses a verb-only form that the irregular table does not give a base for', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lexicon-'));
    await cp(LEXICON, dir, { recursive: true });
    const text = await readFile(join(dir, 'happenings.yaml'), 'utf8');
    await writeFile(join(dir, 'happenings.yaml'), text.replace('verbOnly: [retook,', 'verbOnly: [outfought, retook,'));
    const { lexicon: read, problems } = await readLexicon(dir);
    expect(read).toBeUndefined();
    expect(problems.map((p) => formatProblem(p))).toEqual([expect.stringMatching(/happenings\.yaml:\d+:\d+  verbOnly\[0\]: expected a form listed in `irregular` with its base, found "outfought"/)]);
  });
});
