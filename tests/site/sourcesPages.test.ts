import { glob, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { readArticles } from '../../src/io/readArticles.ts';
import { EventsFile, type Citation } from '../../src/lib/eventSchema.ts';
import { quoteFinder } from '../../src/lib/findQuote.ts';
import { eventPath, passageAnchor, sourcePath } from '../../src/lib/urls.ts';
import { builtSites } from '../helpers/builtSites.ts';

// Links, html-validate and the policy of these pages are checked with every page in siteIntegrity.test.ts.

/** A built site: its pages parsed, and the data and articles it was built from. */
async function site(dir: string, paths: { data: string; seeds: string }) {
  const pages = new Map<string, Document>();
  for await (const file of glob('**/*.html', { cwd: dir })) {
    const path = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
    pages.set(path, parseHTML(await readFile(join(dir, file), 'utf8')).document as unknown as Document);
  }
  const data = EventsFile.parse(JSON.parse(await readFile(paths.data, 'utf8')));
  const { articles } = await readArticles(paths.seeds);
  return { dir, pages, data, articles, seeds: paths.seeds };
}

const SITES = [
  ['the seeds', await site(builtSites.site, { data: 'data/events.json', seeds: 'seeds' })],
  ['overlapping, nested and paragraph-crossing citations', await site(builtSites.overlapping, { data: 'tests/fixtures/overlapping/events.json', seeds: 'tests/fixtures/overlapping/seeds' })],
] as const;

const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The marked runs of a passage, in order: those whose offsets lie inside the anchor's `p-START-END`. */
function passageRuns(page: Document, anchor: string): Element[] {
  const [start, end] = anchor.split('-').slice(1).map(Number) as [number, number];
  return [...page.querySelectorAll('mark[data-start]')].filter((run) => Number(run.getAttribute('data-start')) >= start && Number(run.getAttribute('data-end')) <= end);
}

/** The text of every run of a passage, in order, with a space where it crosses paragraphs. */
function markedText(page: Document, anchor: string): string {
  let text = '';
  let paragraph: Element | null = null;
  for (const run of passageRuns(page, anchor)) {
    if (paragraph && run.parentElement !== paragraph) text += ' ';
    paragraph = run.parentElement;
    text += run.textContent;
  }
  return fold(text);
}

const allCitations = (data: EventsFile) =>
  data.events.flatMap((event) =>
    [...event.citations, ...event.figures.map((f) => f.citation), ...event.claims.map((c) => c.citation)].map((citation) => ({ event, citation })),
  );

describe.each(SITES)('the built source pages, from %s', (_name, { pages, data, articles, seeds }) => {
  const passageOf = (c: Citation) => quoteFinder(articles.get(c.source)!.body)(c.quote)!;

  test('each citation on a page links to marked text that is its quote, and every citation of the data is shown', () => {
    let checked = 0;
    for (const [path, page] of pages) {
      for (const figure of page.querySelectorAll('.citation')) {
        const url = new URL(figure.querySelector('figcaption a')!.getAttribute('href')!, `http://site${path}`);
        const anchor = url.hash.slice(1);
        expect(markedText(pages.get(decodeURIComponent(url.pathname))!, anchor), `${path} → ${url.pathname}#${anchor}`).toBe(fold(figure.querySelector('blockquote')!.textContent!));
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(allCitations(data).length);
  });

  test('every citation of the data, figures and claims included, has its quote marked under its anchor', () => {
    for (const { citation } of allCitations(data)) {
      const page = pages.get(sourcePath(citation.source))!;
      const { start, end } = passageOf(citation);
      const anchor = passageAnchor(start, end);
      const target = page.getElementById(anchor)!;
      expect(passageRuns(page, anchor)[0]).toBe(target.closest('mark'));
      expect(markedText(page, anchor)).toBe(fold(citation.quote));
    }
  });

  test('each passage links to the events citing it, after its last run, and the page lists those events at the end', () => {
    for (const [file] of articles) {
      const page = pages.get(sourcePath(file))!;
      const citations = allCitations(data).filter(({ citation }) => citation.source === file);
      for (const { event, citation } of citations) {
        const { start, end } = passageOf(citation);
        const runs = passageRuns(page, passageAnchor(start, end));
        const after = runs.at(-1)!.nextElementSibling!;
        expect(after.matches('sup.cited-by')).toBe(true);
        expect([...after.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toContain(eventPath(event.id));
      }
      const listed = [...page.querySelectorAll('.citing ol > li > a')].map((a) => a.getAttribute('href'));
      expect(new Set(listed)).toEqual(new Set(citations.map(({ event }) => eventPath(event.id))));
      expect(listed).toHaveLength(new Set(listed).size);
    }
  });

  test('source pages hold the article text as text, in paragraphs, marks and links only', () => {
    for (const [file, article] of articles) {
      const page = pages.get(sourcePath(file))!;
      const body = page.querySelector('.source-body')!;
      expect(body.querySelectorAll('*:not(p, mark, span, sup, a)')).toHaveLength(0);
      expect(fold([...body.querySelectorAll('p')].map((p) => [...p.childNodes].filter((n) => n.nodeName !== 'SUP').map((n) => n.textContent).join('')).join(' '))).toBe(fold(article.body));
    }
  });

  test('the index lists every article file of the seeds folder, in file-name order, each linking to its page', async () => {
    const files = (await readdir(seeds)).filter((f) => /\.(txt|md)$/.test(f)).sort();
    const index = pages.get('/sources/')!;
    const items = [...index.querySelectorAll('.source-list > li')];
    expect(items.map((li) => li.getAttribute('data-file'))).toEqual(files);
    for (const li of items) {
      expect(li.querySelector('h2 a')!.getAttribute('href')).toBe(sourcePath(li.getAttribute('data-file')!));
    }
  });
});

test('the overlapping fixture shows its metadata, the publication date and an external link to the original', () => {
  const page = SITES[1][1].pages.get(sourcePath('overlap.txt'))!;
  expect(page.querySelector('h1')!.textContent).toBe('Shelling closes a crossing');
  expect(page.querySelector('.source-meta a[rel~="external"]')!.getAttribute('href')).toBe('https://example.org/2025/07/24/shelling?a=1&b=2');
  expect(page.querySelector('.source-meta time')!.getAttribute('datetime')).toBe('2025-07-24');
  expect(page.querySelector('.source-body')!.textContent).toContain('<script>alert("x")</script> & "stay away"');
});

test('an inferred publication date says so on the index and on the article page', () => {
  const { pages } = SITES[0][1];
  const file = '000_5f35d209c97f51ce.txt';
  const meta = pages.get('/sources/')!.querySelector(`li[data-file="${file}"] .source-meta`)!.textContent!;
  expect(meta).toContain('(inferred from the text)');
  // The date stands apart from its label, as words do ("Published24 December" once ran together).
  expect(meta).toMatch(/Published \d/);
  expect(pages.get(sourcePath(file))!.querySelector('.source-meta')!.textContent).toContain('(inferred from the text)');
});
