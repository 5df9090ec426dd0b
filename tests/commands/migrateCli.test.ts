import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../../scripts/extract.ts';
import { migrate } from '../../scripts/migrate.ts';
import { validate } from '../../scripts/validate.ts';
import { EventsFile } from '../../src/lib/eventSchema.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2026-11-22';
const temps: string[] = [];
afterAll(() => Promise.all(temps.map((d) => rm(d, { recursive: true, force: true }))));

async function call(command: typeof migrate, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

type Json = { events: Record<string, unknown>[] };

/**
 * A project as an older version left it: no types, and the July fighting extracted as
 * "casualties"; the maintainer then retitled it and added an event of the old kind "other".
 */
async function oldProject() {
  const dir = await mkdtemp(join(tmpdir(), 'migrate-'));
  temps.push(dir);
  await cp(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  const downgrade = (data: Json) => {
    for (const e of data.events) delete e.type;
    data.events.find((e) => e.id === '2025-07-fighting')!.kind = 'casualties';
    return data;
  };
  const base = downgrade(JSON.parse(await readFile(join(ROOT, 'data/extracted.json'), 'utf8')));
  const ours = downgrade(JSON.parse(await readFile(join(ROOT, 'data/events.json'), 'utf8')));
  ours.events.find((e) => e.id === '2025-07-fighting')!.title = 'Fighting in July, retitled by hand';
  ours.events.push({ id: 'hand-added', date: '2025-08', kind: 'other', status: 'occurred', title: 'Added by hand', summary: 'Kept.', citations: [{ source: '004_d700bc6f6471274b.txt', quote: 'Heavy fighting broke out in July' }] });
  await cp(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  await writeFile(join(dir, 'data/extracted.json'), JSON.stringify(base, null, 2));
  await writeFile(join(dir, 'data/events.json'), JSON.stringify(ours, null, 2));
  // Where the event added by hand stands: after however many events the seeds give.
  const handAdded = ours.events.length - 1;
  return { dir, data: join(dir, 'data/events.json'), base: join(dir, 'data/extracted.json'), seeds: join(dir, 'seeds'), handAdded };
}

// Whole extractions run here; the limit guards against a hang under load, it times nothing.
describe('npm run migrate on data written before the event ontology', { timeout: 60_000 }, async () => {
  const project = await oldProject();
  const before = await readFile(project.data, 'utf8');

  test('the validator names each old kind where it stands and says to run npm run migrate', async () => {
    const result = await call(validate, ['--now', NOW, '--data', project.data, '--seeds', project.seeds]);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n').filter((l) => l.includes('[legacy-kind]'));
    expect(lines).toEqual([
      expect.stringMatching(/events\.json:\d+:\d+ {2}events\[0\]\.kind: .*found "casualties", a kind from before the event ontology \(run `npm run migrate`.*"fighting" with type "armed-clash"\) \[legacy-kind\]$/),
      expect.stringMatching(new RegExp(`events\\.json:\\d+:\\d+ {2}events\\[${project.handAdded}\\]\\.kind: .*found "other", .*"measure" with type "other"\\) \\[legacy-kind\\]$`)),
    ]);
  });

  test('the extractor stops on them too, writing nothing', async () => {
    const result = await call(extract, ['--now', NOW, '--out', project.data, '--seeds', project.seeds]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('[legacy-kind]');
    expect(await readFile(project.data, 'utf8')).toBe(before);
  });

  test('--check lists what would change in both files and writes nothing', async () => {
    const result = await call(migrate, ['--data', project.data, '--check']);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/events\.json {2}events\[0\] 2025-07-fighting: kind casualties → fighting, type armed-clash/);
    expect(result.out).toMatch(/extracted\.json {2}events\[0\] 2025-07-fighting: kind casualties → fighting, type armed-clash/);
    expect(result.out).toMatch(/would migrate 2 events in .*events\.json and 1 event in .*extracted\.json$/);
    expect(await readFile(project.data, 'utf8')).toBe(before);
  });

  test('rewrites both files, and a second run has nothing to do', async () => {
    expect((await call(migrate, ['--data', project.data])).code).toBe(0);
    const data = EventsFile.parse(JSON.parse(await readFile(project.data, 'utf8')));
    const base = EventsFile.parse(JSON.parse(await readFile(project.base, 'utf8')));
    expect(data.events.find((e) => e.id === '2025-07-fighting')).toMatchObject({ kind: 'fighting', type: 'armed-clash', title: 'Fighting in July, retitled by hand' });
    expect(base.events.find((e) => e.id === '2025-07-fighting')).toMatchObject({ kind: 'fighting', type: 'armed-clash' });
    expect(data.events.find((e) => e.id === 'hand-added')).toMatchObject({ kind: 'measure', type: 'other' });
    expect(await call(migrate, ['--data', project.data])).toEqual({ code: 0, out: 'nothing to migrate: every kind is one of the event ontology', err: '' });
  });

  test('after it, the extractor merges as before: the maintainer\'s title and added event are kept', async () => {
    const result = await call(extract, ['--now', NOW, '--out', project.data, '--seeds', project.seeds]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('kept     hand-added (added by a maintainer)');
    const data = EventsFile.parse(JSON.parse(await readFile(project.data, 'utf8')));
    expect(data.events.find((e) => e.id === '2025-07-fighting')).toMatchObject({ kind: 'fighting', title: 'Fighting in July, retitled by hand' });
    expect(data.events.find((e) => e.id === 'hand-added')).toMatchObject({ kind: 'measure', type: 'other', summary: 'Kept.' });
    expect((await call(extract, ['--now', NOW, '--out', project.data, '--seeds', project.seeds, '--check'])).code).toBe(0);
  });
});

describe('npm run migrate on files it cannot read', () => {
  test('reports a JSON syntax error with its place and writes neither file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrate-'));
    temps.push(dir);
    const broken = '{\n  "events": [\n    { "kind": "other" "id": "x" }\n  ]\n}\n';
    await writeFile(join(dir, 'events.json'), broken);
    await writeFile(join(dir, 'extracted.json'), '{"events":[{"kind":"other"}]}');
    const result = await call(migrate, ['--data', join(dir, 'events.json')]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/events\.json:3:23 {2}expected ',' or a closing bracket, found '"id"' \(fix the syntax first, then migrate\) \[json-syntax\]/);
    expect(result.err).toContain('nothing was written');
    expect(await readFile(join(dir, 'extracted.json'), 'utf8')).toBe('{"events":[{"kind":"other"}]}');
  });

  test('treats a missing merge base as nothing to migrate there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrate-'));
    temps.push(dir);
    await writeFile(join(dir, 'events.json'), '{"events":[{"kind":"displacement"}]}');
    const result = await call(migrate, ['--data', join(dir, 'events.json')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(await readFile(join(dir, 'events.json'), 'utf8')).events).toEqual([{ kind: 'humanitarian', type: 'displacement' }]);
  });

  test('prints an id from the data with its control characters shown, never sent to the terminal', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'migrate-'));
    temps.push(dir);
    await writeFile(join(dir, 'events.json'), '{"events":[{"id":"talks\\u001b[2J\\u0007","kind":"displacement"}]}');
    const result = await call(migrate, ['--check', '--data', join(dir, 'events.json')]);
    expect(result.code).toBe(1);
    expect(result.out).toContain('talks\\u001B[2J\\u0007');
    expect(result.out + result.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });
});
