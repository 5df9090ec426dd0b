// A source page whose passages share one start once recursed per passage and overflowed the
// stack at 1,500; its markup also grew with passages × runs. Ten thousand passages on one
// article, 1,500 of them nested from its first character, must build into a page that grows in
// proportion and anchors every passage.
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { quoteFinder } from '../../src/lib/findQuote.ts';
import { passageAnchor } from '../../src/lib/urls.ts';
import { buildSite } from '../helpers/buildSite.ts';

const NESTED = 1_500;
const SEPARATE = 8_500;
const body = `${'a '.repeat(NESTED).trim()}.\n${Array.from({ length: SEPARATE }, (_, i) => `Note ${i}.`).join(' ')}\n`;
const quotes = [
  ...Array.from({ length: NESTED }, (_, i) => 'a '.repeat(i + 1).trim()),
  ...Array.from({ length: SEPARATE }, (_, i) => `Note ${i}.`),
];
const CITATIONS_PER_EVENT = 500;

let dir: string;
let dist: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'many-passages-'));
  await mkdir(join(dir, 'seeds'));
  await writeFile(join(dir, 'seeds/notes.txt'), `---\npublished: 2025-12-02\n---\n${body}`);
  const events = Array.from({ length: quotes.length / CITATIONS_PER_EVENT }, (_, i) => ({
    id: `2025-12-01-notes-${i}`,
    date: '2025-12-01',
    kind: 'statement',
    status: 'occurred',
    title: `Notes ${i}`,
    summary: 'Officials issued notes.',
    citations: quotes.slice(i * CITATIONS_PER_EVENT, (i + 1) * CITATIONS_PER_EVENT).map((quote) => ({ source: 'notes.txt', quote })),
  }));
  await writeFile(join(dir, 'events.json'), JSON.stringify({ events }));
  dist = await buildSite({ data: join(dir, 'events.json'), seeds: join(dir, 'seeds') });
}, 300_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  if (dist) await rm(dist, { recursive: true, force: true });
});

describe('an article cited for 10,000 passages, 1,500 of them sharing its first character', () => {
  test('builds a page that anchors every passage', async () => {
    const html = await readFile(join(dist, 'sources/notes.txt/index.html'), 'utf8');
    const { document } = parseHTML(html);
    const ids = new Set([...document.querySelectorAll('[id]')].map((element) => element.id));
    const find = quoteFinder(body);
    const missing = quotes.map((q) => find(q)!).filter(({ start, end }) => !ids.has(passageAnchor(start, end)));
    expect(missing).toEqual([]);
    expect(new Set(quotes.map((q) => passageAnchor(find(q)!.start, find(q)!.end))).size).toBe(quotes.length);
  }, 60_000);

  test('writes markup in proportion to the passages, not to passages × runs', async () => {
    // About 100 bytes a passage for its anchor, its mark and its entry in the list of citing events.
    const { size } = await stat(join(dist, 'sources/notes.txt/index.html'));
    expect(size).toBeLessThan(quotes.length * 400 + body.length * 2);
  });
});
