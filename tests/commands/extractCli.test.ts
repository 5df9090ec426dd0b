import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { EventsFile, type Event } from '../../src/lib/eventSchema.ts';
import { findDisagreements } from '../../src/lib/findDisagreements.ts';
import { publishedBySource } from '../../src/lib/publishedBySource.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2026-11-22';

async function extract(cwd: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/extract.ts'), '--now', NOW, ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** A folder with the seed articles and, optionally, the committed data. */
async function workspace(withData: boolean) {
  const dir = await mkdtemp(join(tmpdir(), 'extract-'));
  await cp(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  if (withData) await cp(join(ROOT, 'data'), join(dir, 'data'), { recursive: true });
  else await mkdir(join(dir, 'data'));
  return dir;
}
const readEvents = async (dir: string) => EventsFile.parse(JSON.parse(await readFile(join(dir, 'data/events.json'), 'utf8')));

// Each test runs whole extractions as child processes; the limit guards against a hang, it times nothing.
describe('npm run extract on the seed articles', { timeout: 60_000 }, () => {
  test('reproduces the committed data/events.json: --check exits 0', async () => {
    const result = await extract(await workspace(true), '--check');
    expect(result.stdout).toMatch(/up to date\n$/);
    expect(result.code).toBe(0);
  });

  describe('the committed data holds the five milestones, each cited', async () => {
    const data = EventsFile.parse(JSON.parse(await readFile(join(ROOT, 'data/events.json'), 'utf8')));
    const one = (test: (e: Event) => boolean) => {
      const found = data.events.filter(test);
      expect(found).toHaveLength(1);
      return found[0]!;
    };
    const sources = (e: Event) => new Set(e.citations.map((c) => c.source));

    test('the July 2025 fighting, to the month', () => {
      expect(one((e) => e.kind === 'fighting' && e.date === '2025-07')).toMatchObject({ status: 'occurred' });
    });

    test('the October 2025 Kuala Lumpur accord, to the month, with who brokered it disputed', () => {
      const accord = one((e) => e.kind === 'ceasefire' && e.date === '2025-10');
      expect(accord.title).toContain('Kuala Lumpur');
      expect(findDisagreements(accord).map((d) => d.type === 'claim' && d.about)).toEqual(['brokered-by']);
    });

    test('the 7 December 2025 resurgence, to the day, with the death and displacement tolls disputed', () => {
      const resurgence = one((e) => e.kind === 'fighting' && e.date === '2025-12-07');
      const disputed = findDisagreements(resurgence, publishedBySource(data.sources)).map((d) => d.type === 'figure' && d.measure);
      expect(disputed).toEqual(['killed', 'displaced']);
    });

    test('the border talks beginning 24 December 2025, from both articles, three days against four', () => {
      const talks = one((e) => e.kind === 'talks' && e.date === '2025-12-24');
      expect(talks.status).toBe('occurred');
      expect(sources(talks)).toEqual(new Set(['000_5f35d209c97f51ce.txt', '004_d700bc6f6471274b.txt']));
      const [duration] = findDisagreements(talks).filter((d) => d.type === 'figure' && d.measure === 'duration');
      expect(duration?.type === 'figure' && duration.figures.map((f) => [f.min, f.unit, f.citation.source])).toEqual([
        [3, 'days', '000_5f35d209c97f51ce.txt'],
        [4, 'days', '004_d700bc6f6471274b.txt'],
      ]);
    });

    test('the defence ministers\' meeting of 27 December 2025, scheduled, from both articles', () => {
      const meeting = one((e) => e.kind === 'talks' && e.date === '2025-12-27');
      expect(meeting.status).toBe('scheduled');
      expect(sources(meeting).size).toBe(2);
    });

    test('the foreign ministers\' meeting "earlier this week" and the collapse of the truce', () => {
      expect(one((e) => e.kind === 'talks' && e.approximate)).toMatchObject({ date: '2025-12-22', endDate: '2025-12-23' });
      expect(one((e) => e.kind === 'ceasefire' && e.title.includes('collapse'))).toMatchObject({ date: '2025-12-07' });
    });

    test('both articles are dated from their text, and marked as inferred', () => {
      expect(data.sources.map((s) => [s.file, s.published, s.publishedInferred, s.publishedFrom])).toEqual([
        ['000_5f35d209c97f51ce.txt', '2025-12-24', true, 'text'],
        ['004_d700bc6f6471274b.txt', '2025-12-24', true, 'text'],
      ]);
    });
  });

  test('writes the same bytes on every run and reports per article and in sum', async () => {
    const dir = await workspace(false);
    const first = await extract(dir);
    const text = await readFile(join(dir, 'data/events.json'), 'utf8');
    const second = await extract(dir);
    expect(await readFile(join(dir, 'data/events.json'), 'utf8')).toBe(text);
    expect(first.stdout).toMatch(/^000_5f35d209c97f51ce\.txt {2}published 2025-12-24 \(from the text's dates\); \d+ sentences, \d+ dated mentions$/m);
    expect(first.stdout).toMatch(/2 articles → (\d+) events \(\1 new, 0 changed, 0 kept\), \d+ disagreements, \d+ ms; wrote data\/events\.json/);
    expect(second.stdout).toMatch(/nothing to write\n$/);
  });

  test('keeps a maintainer\'s edited title, deleted event and added event across runs', async () => {
    const dir = await workspace(false);
    await extract(dir);
    const data = JSON.parse(await readFile(join(dir, 'data/events.json'), 'utf8'));
    const [edited, deleted] = data.events as Event[];
    edited!.title = 'A title written by hand';
    data.events = data.events.filter((e: Event) => e.id !== deleted!.id);
    data.events.push({ id: 'hand-added', date: '2025-08', kind: 'statement', status: 'occurred', title: 'Added by hand', summary: 'Kept.', citations: [{ source: '004_d700bc6f6471274b.txt', quote: 'Heavy fighting broke out in July' }] });
    await writeFile(join(dir, 'data/events.json'), JSON.stringify(data, null, 2));

    const rerun = await extract(dir);
    expect(rerun.code).toBe(0);
    expect(rerun.stdout).toContain(`kept deleted  ${deleted!.id} (a maintainer deleted it)`);
    expect(rerun.stdout).toContain('kept     hand-added (added by a maintainer)');
    const after = await readEvents(dir);
    expect(after.events.find((e) => e.id === edited!.id)?.title).toBe('A title written by hand');
    expect(after.events.some((e) => e.id === deleted!.id)).toBe(false);
    expect(after.events.find((e) => e.id === 'hand-added')?.summary).toBe('Kept.');
    expect((await extract(dir, '--check')).code).toBe(0);
  });

  test('--check exits 1 and writes nothing when the data would change', async () => {
    const dir = await workspace(true);
    const data = JSON.parse(await readFile(join(dir, 'data/extracted.json'), 'utf8'));
    data.events.pop();
    const stale = JSON.stringify(data, null, 2);
    await writeFile(join(dir, 'data/extracted.json'), stale);
    const result = await extract(dir, '--check');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('would change data/extracted.json');
    expect(await readFile(join(dir, 'data/extracted.json'), 'utf8')).toBe(stale);
  });

  test('stops on a broken data/events.json with the validator\'s message, writing nothing', async () => {
    const dir = await workspace(true);
    const broken = (await readFile(join(dir, 'data/events.json'), 'utf8')).replace('"kind": "talks"', '"kind": "negotiation"');
    await writeFile(join(dir, 'data/events.json'), broken);
    const result = await extract(dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^data\/events\.json:\d+:\d+ {2}events\[\d+\]\.kind: expected one of "fighting", .*; found "negotiation" \[invalid-value\]$/m);
    expect(result.stderr).toContain('nothing was written');
    expect(await readFile(join(dir, 'data/events.json'), 'utf8')).toBe(broken);
  });

  test('warns about an article whose day cannot be found, uses what it dates in full, and exits 0; --strict refuses it', async () => {
    const dir = await workspace(false);
    // Written for this test: no front matter, no dateline, a weekday with no date beside it.
    await writeFile(join(dir, 'seeds/undated.txt'), 'Talks between the two armies will open on 3 March 2026.\nFighting flared again on Tuesday near the temple.\n');
    const result = await extract(dir);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^undated\.txt {2}publication day unknown; 2 sentences, 1 dated mentions$/m);
    expect(result.stderr).toBe(
      'warning: seeds/undated.txt: publication day unknown; 1 date that needs it left out ("Tuesday"); add the line `published: YYYY-MM-DD` to its front matter\n',
    );
    expect((await readEvents(dir)).events.some((e) => e.date === '2026-03-03')).toBe(true);

    const strict = await extract(dir, '--strict', '--check');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('seeds/undated.txt:2:26  expected a publication date, found none: "Tuesday" counts from the day the article appeared');
  });

  test('--verbose reports a weekday and a date that disagree, with the line they stand on', async () => {
    const dir = await workspace(false);
    await writeFile(join(dir, 'seeds/clash.txt'), '---\npublished: 2025-08-01\n---\nBorder clashes\nTroops clashed on Tuesday (July 28) near the temple.\n');
    const result = await extract(dir, '--verbose', '--quiet');
    expect(result.stdout).toContain('seeds/clash.txt:5:19  cues disagree on "Tuesday (July 28)": 2025-07-28 falls on a Monday, not the Tuesday the text gives; the date was kept\n');
  });

  test('stops before reading the articles when the folder --out names does not exist', async () => {
    const dir = await workspace(false);
    const result = await extract(dir, '--out', 'missing/events.json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('missing/events.json  expected --out to name a file in an existing folder, but missing does not exist');
    expect(result.stderr).toContain('problems in the options; nothing was written.');
  });

  test('rejects a malformed option with what it expected', async () => {
    const result = await extract(await workspace(false), '--now', '2025-13-01');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^invalid --now: 2025-13-01 \(expected a date YYYY-MM-DD\)/);
  });
});
