import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readYamlFile } from '../../scripts/io/readYamlFile.ts';
import { ActorsFile, PlacesFile } from '../../scripts/lib/extract/lexicon/lexiconSchema.ts';
import { namesModule } from '../../scripts/lib/namesModule.ts';
import { PLACE_NAMES } from '../../src/i18n/names.ts';

const LEXICON = join(import.meta.dirname, '../../scripts/lexicon');

test('src/i18n/names.ts is generated from the gazetteers (run `npm run schema` after changing them)', async () => {
  const places = await readYamlFile(join(LEXICON, 'places.yaml'), PlacesFile);
  const actors = await readYamlFile(join(LEXICON, 'actors.yaml'), ActorsFile);
  expect(places.problems).toEqual([]);
  const committed = await readFile(join(import.meta.dirname, '../../src/i18n/names.ts'), 'utf8');
  expect(committed).toBe(namesModule(places.data!, actors.data!));
});

test('every place and actor of the gazetteers has its Thai and Khmer name', async () => {
  for (const file of ['places.yaml', 'actors.yaml']) {
    const read = await readYamlFile(join(LEXICON, file), file === 'places.yaml' ? PlacesFile : ActorsFile);
    expect(read.data!.filter((e) => !e.names).map((e) => e.name)).toEqual([]);
  }
});

test('names the issue’s examples as Thai and Cambodian readers know them', () => {
  expect(PLACE_NAMES['Surin']).toEqual({ th: 'สุรินทร์', km: 'ស៊ូរិន្ទ' });
  expect(PLACE_NAMES['Preah Vihear temple']).toEqual({ th: 'ปราสาทพระวิหาร', km: 'ប្រាសាទព្រះវិហារ' });
});

test('a gazetteer entry with a Thai name but no Khmer one is refused, with its line', async () => {
  const { mkdtemp, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const dir = await mkdtemp(join(tmpdir(), 'names-'));
  const path = join(dir, 'places.yaml');
  await writeFile(path, '- name: Trat\n  names: { th: ตราด }\n  aliases: [Trat]\n  country: Thailand\n  kind: province\n');
  const read = await readYamlFile(path, PlacesFile);
  expect(read.data).toBeUndefined();
  expect(read.problems.map((p) => [p.line, p.path])).toEqual([[2, '[0].names.km']]);
});
