import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { describe, expect, test } from 'vitest';

// The README links into docs/ and docs/ back into the README, by file and by heading; a heading
// renamed or a section moved breaks such a link silently on GitHub. This checks every relative
// link of README.md and docs/*.md: its file exists, and its #fragment is a heading of that file.

const ROOT = join(import.meta.dirname, '../..');

/**
 * The anchor GitHub gives a heading: lower case, every character but letters, marks, digits,
 * spaces, hyphens and underscores dropped, spaces made hyphens (github-slugger's rule).
 * @example headingAnchor('Reading dates: `npm run timex`') // 'reading-dates-npm-run-timex'
 */
function headingAnchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N} _-]/gu, '').replace(/ /g, '-');
}

/** Lines outside fenced code blocks, where Markdown reads headings and links. */
function proseLines(markdown: string): string[] {
  let fence: string | undefined;
  return markdown.split('\n').filter((line) => {
    const marker = /^\s*(```|~~~)/.exec(line)?.[1];
    if (marker && (fence === undefined || fence === marker)) {
      fence = fence === undefined ? marker : undefined;
      return false;
    }
    return fence === undefined;
  });
}

/** Every anchor of a Markdown file's headings; a repeated heading gets -1, -2… as on GitHub. */
function anchorsOf(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const line of proseLines(markdown)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading === undefined) continue;
    const base = headingAnchor(heading);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** The targets of a Markdown file's inline links and images, code spans left out. */
function linkTargets(markdown: string): string[] {
  const text = proseLines(markdown).join('\n').replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
}

/**
 * The relative links of some Markdown files that lead nowhere, as "file: target (why)". Files are
 * given by their path from the repository's root; `exists` answers for files not given.
 */
function brokenLinks(files: ReadonlyMap<string, string>, exists: (path: string) => boolean): string[] {
  const problems: string[] = [];
  for (const [file, markdown] of files) {
    for (const target of linkTargets(markdown)) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // https:, mailto: and the like
      const [pathPart = '', fragment] = target.split('#', 2);
      const path = pathPart === '' ? file : posix.normalize(posix.join(posix.dirname(file), decodeURIComponent(pathPart)));
      if (path.startsWith('..') || !(files.has(path) || exists(path))) {
        problems.push(`${file}: ${target} (no file ${path})`);
        continue;
      }
      if (fragment === undefined) continue;
      const linked = files.get(path);
      if (linked === undefined) problems.push(`${file}: ${target} (${path} is not one of the Markdown files checked)`);
      else if (!anchorsOf(linked).has(decodeURIComponent(fragment))) problems.push(`${file}: ${target} (no heading #${fragment} in ${path})`);
    }
  }
  return problems;
}

describe('headingAnchor', () => {
  test.each([
    ['Thai and Khmer editions', 'thai-and-khmer-editions'],
    ['Embedding the timeline (journalists)', 'embedding-the-timeline-journalists'],
    ['Measuring the extractor on other conflicts: `npm run bench:events`', 'measuring-the-extractor-on-other-conflicts-npm-run-benchevents'],
    ["The start's first-use costs and Lighthouse at 2,000 events (issue 12 §3, eighth round)", 'the-starts-first-use-costs-and-lighthouse-at-2000-events-issue-12-3-eighth-round'],
    ['The list beyond the first screen in `<noscript>` (issue 12 §3, ninth round)', 'the-list-beyond-the-first-screen-in-noscript-issue-12-3-ninth-round'],
    ['Thailand–Cambodia border conflict, 2025 — an open, cited timeline', 'thailandcambodia-border-conflict-2025--an-open-cited-timeline'],
  ])('gives %j the anchor %s', (heading, anchor) => {
    expect(headingAnchor(heading)).toBe(anchor);
  });
});

describe('brokenLinks', () => {
  const files = new Map([
    ['README.md', '# Top\n\n## Usage\n\nSee [usage](#usage), [notes](docs/notes.md#old-runs) and [the logo](logo.svg).\n'],
    ['docs/notes.md', '# Notes\n\n## Old runs\n\nBack to [the README](../README.md#usage).\n\n```md\n[not a link](missing.md)\n```\n'],
  ]);

  test('accepts links to files that exist and to headings they have', () => {
    expect(brokenLinks(files, (path) => path === 'logo.svg')).toEqual([]);
  });

  test('reports a missing file, a missing heading and a link out of the repository', () => {
    const broken = new Map(files).set('docs/more.md', '[a](gone.md) [b](../README.md#install) [c](../../outside.md) [d](#notes)');
    expect(brokenLinks(broken, (path) => path === 'logo.svg')).toEqual([
      'docs/more.md: gone.md (no file docs/gone.md)',
      'docs/more.md: ../README.md#install (no heading #install in README.md)',
      'docs/more.md: ../../outside.md (no file ../outside.md)',
      'docs/more.md: #notes (no heading #notes in docs/more.md)',
    ]);
  });
});

test('every relative link in README.md and docs/*.md leads to a file that exists and a heading it has', async () => {
  const docs = (await readdir(join(ROOT, 'docs'), { recursive: true })).filter((name) => name.endsWith('.md'));
  const paths = ['README.md', ...docs.map((name) => posix.join('docs', name.split('\\').join('/')))];
  const files = new Map(await Promise.all(paths.map(async (path) => [path, await readFile(join(ROOT, path), 'utf8')] as const)));
  expect(docs.length, 'docs/ holds the measurements moved out of the README').toBeGreaterThan(0);
  expect(brokenLinks(files, (path) => existsSync(join(ROOT, path)))).toEqual([]);
  // The README's own links to its sections are checked with the rest; this keeps the check honest.
  expect(linkTargets(files.get('README.md')!).filter((t) => t.startsWith('#')).length).toBeGreaterThan(5);
});
