import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readLexicon } from '../../scripts/io/readLexicon.ts';
import { compileLexicon } from '../../scripts/lib/extract/compileLexicon.ts';

const BASE = join(import.meta.dirname, '../../scripts/lexicon');

async function overlay(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'lexicon-overlay-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

describe('readLexicon with an overlay of a fork\'s gazetteers', () => {
  test('adds the overlay\'s countries and places and keeps the base ones', async () => {
    const dir = await overlay({
      'actors.yaml': '- { name: Kyrgyzstan, type: country, aliases: [Kyrgyzstan, Kyrgyz] }\n',
      'places.yaml': '- { name: Batken, aliases: [Batken, Batken region], admin1: Batken, country: Kyrgyzstan, kind: province }\n',
    });
    const { lexicon, problems } = await readLexicon(BASE, dir);
    expect(problems).toEqual([]);
    const compiled = compileLexicon(lexicon!);
    expect(compiled.actors('Kyrgyz and Thai officials').map((m) => m.value.name)).toEqual(['Kyrgyzstan', 'Thailand']);
    expect(compiled.places('in the Batken region').map((m) => m.value)).toEqual([{ name: 'Batken', admin1: 'Batken', country: 'Kyrgyzstan' }]);
    expect(compiled.places('in Trat').map((m) => m.value.name)).toEqual(['Trat']);
  });

  test('lets an overlay entry replace the base entry of the same name, and needs only one of the two files', async () => {
    const dir = await overlay({ 'actors.yaml': '- { name: Thailand, type: country, aliases: [Siam] }\n' });
    const { lexicon } = await readLexicon(BASE, dir);
    const compiled = compileLexicon(lexicon!);
    expect(compiled.actors('Siam said').map((m) => m.value.name)).toEqual(['Thailand']);
    expect(compiled.actors('Thai troops said').map((m) => m.value.name)).not.toContain('Thailand');
    expect(lexicon!.places).toHaveLength((await readLexicon(BASE)).lexicon!.places.length);
  });

  test('reports a wrong overlay entry with its file, line and path, and returns no lexicon', async () => {
    const dir = await overlay({ 'places.yaml': '- { name: Batken, aliases: [Batken], admin1: Batken, country: Kyrgyzstan, kind: province }\n- { name: Vorukh, aliases: [Vorukh], admin1: Sughd, country: Tajikistan, kind: exclave }\n' });
    const { lexicon, problems } = await readLexicon(BASE, dir);
    expect(lexicon).toBeUndefined();
    expect(problems).toMatchObject([{ code: 'lexicon-field', file: relative(process.cwd(), join(dir, 'places.yaml')), line: 2, path: '[1].kind' }]);
    expect(problems[0]!.message).toContain('"province"');
  });

  test('refuses an overlay folder that holds neither gazetteer', async () => {
    const dir = await overlay({ 'kinds.yaml': '{}\n' });
    const { problems } = await readLexicon(BASE, dir);
    expect(problems).toMatchObject([{ code: 'lexicon-overlay-empty', message: 'expected actors.yaml or places.yaml in the overlay folder, found neither' }]);
  });
});
