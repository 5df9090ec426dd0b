// One rule for control characters: refused, with their place, in data/events.json and front
// matter; turned into spaces where articles are read, so that the quotes taken from an article,
// its page and every export hold the same text, and feed.xml stays valid for a strict parser.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../scripts/extract.ts';
import { validate } from '../scripts/validate.ts';
import { blankControlCharacters, CONTROL_CHARACTER } from '../src/lib/controlCharacters.ts';
import { EventsFile } from '../src/lib/eventSchema.ts';
import { eventsCsv } from '../src/lib/exports/eventsCsv.ts';
import { eventsFeed } from '../src/lib/exports/eventsFeed.ts';
import { eventsIcs } from '../src/lib/exports/eventsIcs.ts';
import type { ExportInput } from '../src/lib/exports/exportInput.ts';
import { parseArticle } from '../src/lib/parseArticle.ts';
import { strictXmlErrors } from './helpers/strictXml.ts';

const ROOT = join(import.meta.dirname, '..');
const NOW = '2026-11-22';
const MESSAGE = 'expected text without control characters (such as the form feeds of text pasted from a PDF, or escapes like \\u0007)';

const temps: string[] = [];
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'control-characters-'));
  temps.push(dir);
  return dir;
}

async function run(command: typeof validate, args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(['--now', NOW, ...args], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('blankControlCharacters', () => {
  test.each([
    ['a form feed between pages', 'end of page\fnext page', 'end of page next page'],
    ['a bell and a vertical tab', 'ring\u0007 the\u000bbell', 'ring  the bell'],
    ['C1 controls and the two non-characters', 'a\u0085b\u009bc\ufffed\uffff', 'a b c d '],
    ['tabs, line feeds and carriage returns kept', 'a\tb\r\nc', 'a\tb\r\nc'],
    ['letters of every script kept', 'ข่าว ព័ត៌មាន 😀', 'ข่าว ព័ត៌មាន 😀'],
  ])('%s', (_, text, expected) => {
    expect(blankControlCharacters(text)).toBe(expected);
    expect(blankControlCharacters(text)).toHaveLength(text.length);
  });
});

describe('data/events.json text holding a control character', () => {
  test('is refused wherever it stands, each with its line, column and path, the character shown as an escape', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'seeds'));
    await writeFile(join(dir, 'seeds/a.txt'), 'Troops clashed near the border.\n');
    const file = {
      sources: [{ file: 'a.txt', title: 'Page one\u000cpage two' }],
      events: [{
        id: '2025-12-01-clash',
        date: '2025-12-01',
        kind: 'fighting',
        status: 'occurred',
        title: 'Clash\u0000',
        summary: 'Troops clashed.\u001b[2J',
        places: [{ name: 'Border\u0085post' }],
        citations: [{ source: 'a.txt', quote: 'Troops clashed\u0007 near the border' }],
      }],
    };
    const data = join(dir, 'events.json');
    await writeFile(data, JSON.stringify(file, null, 2));
    const result = await run(validate, ['--data', data, '--seeds', join(dir, 'seeds')]);
    expect(result.code).toBe(1);
    const shown = relative(ROOT, data);
    expect(result.err.slice(0, -2)).toEqual([
      `${shown}:5:16  sources[0].title: ${MESSAGE}, found "Page one\\fpage two" [invalid-field]`,
      `${shown}:14:16  events[0].title: ${MESSAGE}, found "Clash\\u0000" [invalid-field]`,
      `${shown}:15:18  events[0].summary: ${MESSAGE}, found "Troops clashed.\\u001b[2J" [invalid-field]`,
      `${shown}:18:19  events[0].places[0].name: ${MESSAGE}, found "Border\\u0085post" [invalid-field]`,
      `${shown}:24:20  events[0].citations[0].quote: ${MESSAGE}, found "Troops clashed\\u0007 near the border" [invalid-field]`,
    ]);
    // Nothing raw reaches the terminal either.
    expect(result.err.join('\n')).not.toMatch(CONTROL_CHARACTER);
  });

  test('in front matter, written as a YAML escape, is refused too', () => {
    const { problems } = parseArticle('seeds/a.txt', '---\ntitle: "Talks\\fresume"\n---\nText.\n');
    expect(problems.map((p) => `${p.line}:${p.column} ${p.path}: ${p.message}`)).toEqual([`2:8 title: ${MESSAGE}, found "Talks\\fresume"`]);
  });
});

describe('an article pasted from a PDF, with a form feed and other controls', () => {
  const article = '---\npublished: 2025-12-02\n---\nTroops clashed near the border crossing on 1 December 2025, officials said.\f\nDefence ministers will meet for talks on 3 December, the \u0007ministry said.\u000b\n';

  test('is read with a space for each, at the same offsets, lines and columns', () => {
    const { article: read } = parseArticle('seeds/pdf.txt', article);
    expect(read!.body).toBe(article.slice(article.indexOf('Troops')).replace(/[\f\u0007\u000b]/g, ' '));
    expect(read!.bodyLine).toBe(4);
  });

  test('gives quotes, and exports made from them, with no control character; the feed passes a strict XML parser', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'seeds'));
    await writeFile(join(dir, 'seeds/pdf.txt'), article);
    const out = join(dir, 'events.json');
    expect((await run(extract, ['--quiet', '--seeds', join(dir, 'seeds'), '--out', out])).code).toBe(0);
    const text = await readFile(out, 'utf8');
    const { events, sources } = EventsFile.parse(JSON.parse(text));
    expect(events.flatMap((e) => e.citations.map((c) => c.quote))).toEqual([
      'Troops clashed near the border crossing on 1 December 2025, officials said.',
      'Defence ministers will meet for talks on 3 December, the  ministry said.',
    ]);
    expect((await run(validate, ['--data', out, '--seeds', join(dir, 'seeds')])).code).toBe(0);
    const input: ExportInput = {
      events,
      sources: new Map(sources.map((s) => [s.file, s])),
      eventUrl: (id) => `https://example.org/events/${id}/`,
      citationUrl: (c) => `https://example.org/sources/${c.source}/#p-0-1`,
    };
    const feed = eventsFeed(input, { title: 'T', description: 'D', home: 'https://example.org/', self: 'https://example.org/feed.xml', rights: 'CC BY 4.0', locale: 'en-GB' });
    expect(strictXmlErrors(feed)).toEqual([]);
    for (const exported of [text, feed, eventsIcs(input, { name: 'T', description: 'D', uidDomain: 'example.org', url: 'https://example.org/events.ics', locale: 'en-GB' }), eventsCsv(input, 'en-GB')]) {
      expect(exported).not.toMatch(CONTROL_CHARACTER);
    }
  });
});
