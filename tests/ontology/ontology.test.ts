import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readYamlFile } from '../../scripts/io/readYamlFile.ts';
import { ontologyModule } from '../../scripts/lib/ontologyModule.ts';
import { OntologyFile } from '../../scripts/lib/ontologySchema.ts';
import { KINDS, TYPE_ACLED, TYPE_KINDS, TYPES } from '../../src/lib/ontology.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const YAML = join(import.meta.dirname, '../../scripts/lexicon/ontology.yaml');
const committed = await readFile(YAML, 'utf8');
const dir = await mkdtemp(join(tmpdir(), 'ontology-'));
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The problems of the committed ontology with one change, as printed. */
async function problemsWith(change: (text: string) => string): Promise<string[]> {
  const path = join(dir, 'ontology.yaml');
  await writeFile(path, change(committed));
  const { problems } = await readYamlFile(path, OntologyFile);
  return problems.map((p) => formatProblem({ ...p, file: 'ontology.yaml' }));
}

describe('the event ontology', () => {
  test('src/lib/ontology.ts is generated from scripts/lexicon/ontology.yaml (run `npm run schema` after changing it)', async () => {
    const { data, problems } = await readYamlFile(YAML, OntologyFile);
    expect(problems).toEqual([]);
    expect(await readFile('src/lib/ontology.ts', 'utf8')).toBe(ontologyModule(data!));
  });

  test('groups every type under one of twelve kinds, and every kind has a type', () => {
    expect(KINDS).toHaveLength(12);
    expect(new Set(TYPES.map((t) => TYPE_KINDS[t]))).toEqual(new Set(KINDS));
  });

  test('codes in ACLED terms exactly the battles, remote violence, violence against civilians, protests and riots', () => {
    const violent = ['fighting', 'strike', 'civilians', 'protest'];
    for (const type of TYPES.filter((t) => violent.includes(TYPE_KINDS[t]))) expect(TYPE_ACLED[type], type).toBeDefined();
    expect(TYPE_ACLED.talks).toBeUndefined();
    expect(TYPE_ACLED.statement).toBeUndefined();
  });

  test.each([
    ['a type under a kind that does not exist', (t: string) => t.replace('kind: fighting\n    label: Armed clash', 'kind: battles\n    label: Armed clash'),
      /^ontology\.yaml:\d+:11  types\["armed-clash"\]\.kind: expected one of the kinds "fighting", .*"measure", found "battles" \[lexicon-field\]$/],
    ['an ACLED sub-event type misspelt', (t: string) => t.replace('[Battles, Armed clash]', '[Battles, Armed clashes]'),
      /^ontology\.yaml:\d+:\d+  types\["armed-clash"\]\.acled\[1\]: expected one of the sub-event types of Battles: "Armed clash", "Government regains territory", "Non-state actor overtakes territory", found "Armed clashes" \[lexicon-field\]$/],
    ['an ACLED event type that does not exist', (t: string) => t.replace('[Battles, Armed clash]', '[Battle, Armed clash]'),
      /^ontology\.yaml:\d+:\d+  types\["armed-clash"\]\.acled\[0\]: expected one of ACLED's event types "Battles", .*, found "Battle" \[lexicon-field\]$/],
    ['a definition without a known source', (t: string) => t.replace(/(\n  talks:\n    kind: talks\n(?:    .*\n)*?)    source: timeline/, '$1    source: wikipedia'),
      /^ontology\.yaml:\d+:\d+  types\.talks\.source: expected one of the sources "acled", "case", "timeline", found "wikipedia" \[lexicon-field\]$/],
    ['a legacy kind that is still a kind', (t: string) => t.replace('  other: other\n', '  talks: talks\n'),
      /^ontology\.yaml:\d+:\d+  legacy\.talks: expected a kind that no longer exists; "talks" is a current kind, found "talks" \[lexicon-field\]$/],
    ['a form without its Thai wording', (t: string) => t.replace('{ label: Drone strike, th: การโจมตีด้วยโดรน, ', '{ label: Drone strike, '),
      /^ontology\.yaml:\d+:\d+  types\["air-strike"\]\.forms\[0\]: expected `th:`, the th edition's wording of "Drone strike" \(terms as in src\/i18n\/glossary\.md\)/],
    ['a form without its Khmer wording', (t: string) => t.replace(', km: ការផ្អាកកិច្ចព្រមព្រៀង', ''),
      /^ontology\.yaml:\d+:\d+  types\["agreement-suspended"\]\.forms\[1\]: expected `km:`, the km edition's wording of "Agreement suspended"/],
    ['a form with an empty wording', (t: string) => t.replace('th: การปิดชายแดน,', 'th: "",'),
      /^ontology\.yaml:\d+:\d+  types\["border-closed"\]\.forms\[1\]\.th: /],
    ['a phase labelled by no form, which no edition could word', (t: string) => t.replace('phases: { end: Border closed,', 'phases: { end: Border shut,'),
      /^ontology\.yaml:\d+:\d+  types\["border-closed"\]\.phases\.end: expected the label of one of the type's forms \("Border reopened", "Border closed"\), whose wording each edition gives/],
    ['an id with a capital', (t: string) => t.replace('  grenade:\n', '  Grenade:\n'),
      /^ontology\.yaml:\d+:\d+  types\.Grenade: expected a type id of lower-case words joined by single hyphens/],
  ])('reports %s where it was made', async (_, change, expected) => {
    const problems = await problemsWith(change);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(expected);
  });
});
