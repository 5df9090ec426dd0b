// The one rule for an article's file name (its cases are in tests/articleName.test.ts): validate,
// extract and the build refuse the same names with the same message, and every name the rule
// accepts builds a page that every citation reaches, served by `astro preview` and by the tests'
// static server (sirv) alike.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { randomLcg } from 'd3';
import { extract } from '../../scripts/extract.ts';
import { serve } from '../../scripts/io/serve.ts';
import { validate } from '../../scripts/validate.ts';
import { articleNameKey, checkArticleName } from '../../src/lib/articleName.ts';
import { readValidatedData } from '../../src/loaders/readValidatedData.ts';
import { astroPreview } from '../helpers/astroPreview.ts';
import { buildSite } from '../helpers/buildSite.ts';
import { builtPages } from '../helpers/builtPages.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2026-11-22';
const ARTICLE = '---\npublished: 2025-12-02\n---\nOn 1 December 2025 troops clashed near the border.\n';
const QUOTE = 'troops clashed near the border';

const temps: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'article-names-'));
  temps.push(dir);
  return dir;
}
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A folder with `seeds/` holding one article per name and `events.json` citing each once. */
async function siteData(names: readonly string[]): Promise<{ dir: string; data: string; seeds: string }> {
  const dir = await tempDir();
  const seeds = join(dir, 'seeds');
  await mkdir(seeds);
  await Promise.all(names.map((name) => writeFile(join(seeds, name), ARTICLE)));
  const events = names.map((name, i) => ({
    id: `2025-12-01-clash-${i}`,
    date: '2025-12-01',
    kind: 'fighting',
    status: 'occurred',
    title: `Clash ${i}`,
    summary: 'Troops clashed near the border.',
    citations: [{ source: name, quote: QUOTE }],
  }));
  const data = join(dir, 'events.json');
  await writeFile(data, JSON.stringify({ $schema: './events.schema.json', events }, null, 2));
  return { dir, data, seeds };
}

async function lines(command: typeof validate, args: string[]): Promise<string[]> {
  const err: string[] = [];
  const code = await command(['--now', NOW, ...args], { out: () => {}, err: (line) => err.push(line) });
  expect(code).toBe(1);
  return err.join('\n').split('\n\n')[0]!.split('\n');
}

describe('validate, extract and the build refuse the same names, naming the file', () => {
  test.each([
    [['What next?.txt'], 'What next?.txt', 'expected an article name of letters of any script, digits, spaces and punctuation other than / \\ ? # %, ending in .txt or .md; found a name with "?", which cannot stand in a web address (rename the file; the name becomes the address of its page and the source of its citations) [article-name]'],
    [['line\nbreak.txt'], 'line\\u000Abreak.txt', 'expected an article name of letters of any script, digits, spaces and punctuation other than / \\ ? # %, ending in .txt or .md; found a name with a control character (U+000A) (rename the file; the name becomes the address of its page and the source of its citations) [article-name]'],
    [['Cafe\u0301.txt'], 'Cafe\u0301.txt', 'expected an article name of letters of any script, digits, spaces and punctuation other than / \\ ? # %, ending in .txt or .md; found a name not in Unicode NFC form (letters and accents stored apart) (rename the file; the name becomes the address of its page and the source of its citations) [article-name]'],
    [['talks.txt', 'Talks.txt'], 'Talks.txt', 'expected a name distinct from every other article\'s, found one that differs from "talks.txt" only in capitals or Unicode form (on macOS, on Windows and to a reader they are the same file; rename one) [article-name]'],
  ])('%j', async (names, shownName, message) => {
    const { data, seeds } = await siteData(names);
    const expected = `${relative(ROOT, seeds)}/${shownName}  ${message}`;
    expect(await lines(validate, ['--data', data, '--seeds', seeds])).toEqual([expected]);
    const out = join(await tempDir(), 'events.json');
    expect(await lines(extract, ['--quiet', '--seeds', seeds, '--out', out])).toEqual([expected]);
    await expect(readValidatedData({ data, seeds })).rejects.toThrow(`has 1 problem(s):\n${expected}`);
  });
});

/** Accepted names: the kinds the README promises, then random ones drawn from every kind of character the rule allows. */
function acceptedNames(): string[] {
  const fixed = ['a b.txt', 'ข่าว ชายแดน.txt', 'ព័ត៌មាន ព្រំដែន.txt', "a:b;c,d+e$f(g)h'i.txt", `${'long name '.repeat(24)}end.md`];
  const pieces = [...'abcXYZ09 -_.,;:+$()\'!*&=@~[]{}<>"`^|', 'ก', 'ข่าว', 'ព័ត៌', 'é', 'ß', '中文', '😀', 'عربي', 'Ελλάδα'];
  const random = randomLcg(17);
  const names = [...fixed];
  while (names.length < fixed.length + 15) {
    const length = 1 + Math.floor(random() * 12);
    const name = `${Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)]).join('')}${random() < 0.5 ? '.txt' : '.md'}`;
    if (!name.startsWith('.') && !checkArticleName(name) && !names.some((n) => articleNameKey(n) === articleNameKey(name))) names.push(name);
  }
  return names;
}

describe('every accepted name round-trips: it builds a page that every citation link reaches', () => {
  const names = acceptedNames();
  let dist: string;
  const servers: { name: string; origin: string; close: () => Promise<void> }[] = [];

  beforeAll(async () => {
    const { data, seeds } = await siteData(names);
    dist = await buildSite({ data, seeds });
    temps.push(dist);
    const [sirv, preview] = await Promise.all([serve(dist), astroPreview(dist)]);
    servers.push({ name: 'sirv', ...sirv }, { name: 'astro preview', ...preview });
  }, 180_000);
  afterAll(() => Promise.all(servers.map((s) => s.close())));

  test('the rule accepts every generated name', () => {
    expect(names.filter((name) => checkArticleName(name))).toEqual([]);
  });

  test.each(['sirv', 'astro preview'])('served by %s, every link to a source page answers 200 with the passage it points at', async (serverName) => {
    const { origin } = servers.find((s) => s.name === serverName)!;
    const links = new Set<string>();
    for (const path of builtPages(dist)) {
      const { document } = parseHTML(await readFile(join(dist, path, 'index.html'), 'utf8'));
      for (const a of document.querySelectorAll('a[href]')) {
        const url = new URL(a.getAttribute('href')!, `${origin}${path}`);
        if (url.pathname.startsWith('/sources/') && url.pathname !== '/sources/') links.add(url.href);
      }
    }
    // Every article is linked: from the list of sources and from its event's citation.
    expect(links.size).toBeGreaterThanOrEqual(names.length * 2);
    const failures: string[] = [];
    for (const link of links) {
      const url = new URL(link);
      const response = await fetch(url);
      const html = await response.text();
      if (response.status !== 200) failures.push(`${response.status} ${link}`);
      else if (url.hash && !html.includes(`id="${decodeURIComponent(url.hash.slice(1))}"`)) failures.push(`no ${url.hash} in ${link}`);
    }
    expect(failures).toEqual([]);
    const pages = new Set([...links].map((link) => decodeURIComponent(new URL(link).pathname)));
    expect([...pages].sort()).toEqual(names.map((name) => `/sources/${name}/`).sort());
  }, 60_000);
});
