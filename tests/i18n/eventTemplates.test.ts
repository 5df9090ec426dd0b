import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readYamlFile } from '../../scripts/io/readYamlFile.ts';
import { KindsFile } from '../../scripts/lib/extract/lexicon/lexiconSchema.ts';
import { templatesModule } from '../../scripts/lib/templatesModule.ts';
import { formatProblem } from '../../src/lib/problem.ts';

const KINDS = join(import.meta.dirname, '../../scripts/lexicon/kinds.yaml');

test('src/i18n/eventTemplates.ts is generated from kinds.yaml (run `npm run schema` after changing it)', async () => {
  const kinds = await readYamlFile(KINDS, KindsFile);
  expect(kinds.problems).toEqual([]);
  expect(await readFile(join(import.meta.dirname, '../../src/i18n/eventTemplates.ts'), 'utf8')).toBe(templatesModule(kinds.data!));
});

// A kind's entry as kinds.yaml would have it, with one edition's forms replaced.
const ENGLISH = `  titles: { default: "Fighting[ {place}]", begin: "Fighting breaks out[ {place}]" }
  summaries: { default: "Fighting was reported[ {place}] {date}.", begin: "Fighting broke out[ {place}] {date}." }
`;
const KM = `  km:
    titles: { default: "{what}[{place}]", begin: "{what}បានផ្ទុះឡើង[{place}]" }
    summaries: { default: "មានរបាយការណ៍អំពី{what}[{place}] {date}។", begin: "{what}បានផ្ទុះឡើង[{place}] {date}។" }
`;
async function problemsOf(th: string): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'kinds-'));
  const path = join(dir, 'kinds.yaml');
  await writeFile(path, `fighting:\n${ENGLISH}${th}${KM}`);
  const read = await readYamlFile(path, KindsFile);
  return read.problems.map((p) => formatProblem({ ...p, file: 'kinds.yaml' }));
}

test('the lexicon refuses a type\'s own template under a kind the type is not of', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'kinds-'));
  const path = join(dir, 'kinds.yaml');
  const form = '{ titles: { default: "{what}", shelling: "{what}[{place}]" }, summaries: { default: "{what} {date}", shelling: "{what}[{place}] {date}" } }';
  await writeFile(path, `fighting:\n  titles: { default: "Fighting", shelling: "{what}[ {place}]" }\n  summaries: { default: "Fighting {date}.", shelling: "{what}[ {place}] {date}." }\n  th: ${form}\n  km: ${form}\n`);
  const read = await readYamlFile(path, KindsFile);
  expect(read.problems.map((p) => formatProblem({ ...p, file: 'kinds.yaml' }))).toEqual([
    expect.stringContaining('fighting.titles.shelling: expected a type of fighting; "shelling" is a type of strike'),
    expect.stringContaining('fighting.summaries.shelling: expected a type of fighting; "shelling" is a type of strike'),
  ]);
});

describe('the lexicon refuses Thai and Khmer templates that do not stand beside the English ones', () => {
  test('accepts a form for every English one', async () => {
    expect(await problemsOf(`  th:\n    titles: { default: "{what}[{place}]", begin: "เกิด{what}[{place}]" }\n    summaries: { default: "มีรายงาน{what}[{place}] {date}", begin: "เกิด{what}[{place}] {date}" }\n`)).toEqual([]);
  });

  test.each([
    [
      'a missing form, named by its key',
      `  th:\n    titles: { default: "{what}[{place}]" }\n    summaries: { default: "มีรายงาน{what}[{place}] {date}", begin: "เกิด{what}[{place}] {date}" }\n`,
      'kinds.yaml:5:13  fighting.th.titles: expected a th form of `begin` beside the English "Fighting breaks out[ {place}]", found an object [lexicon-field]',
    ],
    [
      'a missing edition',
      '',
      'kinds.yaml:2:3  fighting.th: expected an object, found nothing (the field is required) [lexicon-field]',
    ],
    [
      'the article\'s English words as a placeholder',
      `  th:\n    titles: { default: "{what}[{place}]", begin: "เกิด{what}[{place}] {says}" }\n    summaries: { default: "มีรายงาน{what}[{place}] {date}", begin: "เกิด{what}[{place}] {date}" }\n`,
      'kinds.yaml:5:50  fighting.th.titles.begin: expected placeholders among {what}, {place}, {actors}, {speaker}, {addressee}, {date}, {name}, not {says}: {who}, {says} and {about} are the article\'s English words, found "เกิด{what}[{place}] {says}" [lexicon-field]',
    ],
    [
      'a form that leaves out the place the English names',
      `  th:\n    titles: { default: "{what}", begin: "เกิด{what}[{place}]" }\n    summaries: { default: "มีรายงาน{what}[{place}] {date}", begin: "เกิด{what}[{place}] {date}" }\n`,
      'kinds.yaml:5:24  fighting.th.titles.default: expected {place}, which the English "Fighting[ {place}]" names: without it two events that differ in it would read alike, found "{what}" [lexicon-field]',
    ],
    [
      'two forms that read alike where the English ones differ',
      `  th:\n    titles: { default: "{what}[{place}]", begin: "{what}[{place}]" }\n    summaries: { default: "มีรายงาน{what}[{place}] {date}", begin: "เกิด{what}[{place}] {date}" }\n`,
      'kinds.yaml:5:50  fighting.th.titles.begin: expected `begin` to read otherwise than `default` ("{what}[{place}]"), as the English ones do, found "{what}[{place}]" [lexicon-field]',
    ],
  ])('%s', async (_, th, problem) => {
    expect(await problemsOf(th)).toEqual([problem]);
  });
});
