// Every broken input a maintainer is likely to hand the commands, run through the commands
// themselves: one line per problem naming the file and its line:col or JSON path, exit code 1, no
// stack trace, and the data file on disk byte for byte as it was. Fixtures: tests/fixtures/broken/.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { watch } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { extract } from '../../scripts/extract.ts';
import { validate } from '../../scripts/validate.ts';

const ROOT = join(import.meta.dirname, '../..');
const NOW = '2026-11-22';
const F = 'tests/fixtures/broken';
/** The one article the events fixtures cite. */
const CITED = `${F}/cited`;
/** A valid events file citing `article.txt`, the name of the broken article in each seeds case. */
const CITES_ARTICLE = `${F}/data/cites-article.json`;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command in this process, as `npm run` would from the project root. */
async function call(command: typeof validate, args: string[]): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await command(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, stdout: out.map((l) => `${l}\n`).join(''), stderr: err.map((l) => `${l}\n`).join('') };
}

/** Runs a command as a child process, with `kill` to stop it early. */
function spawnCommand(script: 'validate' | 'extract', args: string[], cwd = ROOT) {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], { cwd });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Result>((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
  return { child, done };
}
const run = (script: 'validate' | 'extract', args: string[], cwd = ROOT) => spawnCommand(script, args, cwd).done;

const hash = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');

const temps: string[] = [];
async function tempDir() {
  const dir = await mkdtemp(join(tmpdir(), 'bad-input-'));
  temps.push(dir);
  return dir;
}
afterAll(() => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Codes of problems about a whole file or folder, which have no line or path inside it. */
const WHOLE_FILE = new Set(['too-large', 'no-file', 'not-an-article', 'no-articles', 'no-seeds']);

/** The problem lines of a failed run: exit 1, no stack, each line located and saying what was expected. */
function problemsOf(result: Result): string[] {
  expect(result.code).toBe(1);
  expect(result.stderr).not.toMatch(/^\s+at /m);
  const lines = result.stderr.split('\n\n')[0]!.split('\n');
  for (const line of lines) {
    const [, lineColumn, path, code] = /^\S+?(:\d+:\d+)? {2}(\S+: )?expected .* \[([\w-]+)\]$/.exec(line) ?? [];
    expect(code, line).toBeDefined();
    if (!lineColumn && !path) expect(WHOLE_FILE, line).toContain(code);
  }
  return lines;
}

// Expected messages, after the file name `tests/fixtures/broken/events/<name>.json`.
const EVENTS_CASES: [string, string][] = [
  ['bad-escape', `:43:18  expected a valid escape such as \\n or \\u00e9, found '"The two \\sides began…' [json-syntax]`],
  ['blank-title', `:42:16  events[1].title: expected a title, found a string of only spaces [invalid-field]`],
  ['comment', `:9:3  expected JSON, found a comment (JSON has no comments) [json-syntax]`],
  ['control-character', `:42:16  expected no control characters inside a string (write \\n or \\t) [json-syntax]`],
  ['date-as-number', `:39:15  events[1].date: expected a string, found 2025 [invalid-field]`],
  ['date-other-format', `:39:15  events[1].date: expected an ISO date YYYY, YYYY-MM or YYYY-MM-DD, found "28/07/2025" [invalid-field]`],
  ['deep-nesting', `:41:78  expected JSON nested at most 64 levels deep, found deeper nesting [json-syntax]`],
  ['duplicate-id', `:38:13  events[1].id: expected a unique id, found "2025-07-24-shelling" already used by events[0] [duplicate-id]`],
  ['duplicate-key', `:41:7  events[1].date: expected each field once in an object, found "date" again (first on line 39) (keep one of the two; JSON readers silently drop the first) [duplicate-key]`],
  ['empty-citations', `:44:20  events[1].citations: expected at least one citation, found an empty list [invalid-field]`],
  ['empty-id', `:38:13  events[1].id: expected a slug of lower-case letters, digits and single hyphens, e.g. "2025-12-24-talks", found an empty string [invalid-field]`],
  ['empty', `:1:1  expected a JSON object, found an empty file [json-syntax]`],
  ['end-before-start', `:50:18  events[1].endDate: expected endDate on or after date "2025-07-28", found "2025-07-27" [invalid-field]`],
  ['events-missing', `:1:1  events: expected a list, found nothing (the field is required) [missing-field]`],
  ['events-not-a-list', `:9:13  events: expected a list, found an object [invalid-field]`],
  ['figure-min-above-max', `:28:18  events[0].figures[0].max: expected max no less than min 12, found 10 [invalid-field]`],
  ['figure-negative', `:21:18  events[0].figures[0].min: expected a number of 0 or more, found -12 [invalid-field]`],
  ['figure-no-bound', `:18:9  events[0].figures[0]: expected at least one of min or max, found an object [invalid-field]`],
  ['figure-not-in-quote', `:23:19  events[0].figures[0].text: expected the figure as written in its citation quote, found "At least 13 people" [figure-not-in-quote]`],
  ['id-uppercase', `:38:13  events[1].id: expected a slug of lower-case letters, digits and single hyphens, e.g. "2025-12-24-talks", found "2025-07-28-Talks" [invalid-field]`],
  ['id-with-spaces', `:38:13  events[1].id: expected a slug of lower-case letters, digits and single hyphens, e.g. "2025-12-24-talks", found "2025-07-28 talks" [invalid-field]`],
  ['impossible-day', `:39:15  events[1].date: expected a date that exists on the calendar, found "2025-02-30" [invalid-field]`],
  ['leading-zero', `:21:19  expected a number without leading zeros, found '012' [json-syntax]`],
  ['merge-conflict', `:42:1  expected JSON, found the Git conflict marker '<<<<<<<' (resolve the merge: keep the right lines and delete the <<<<<<<, ======= and >>>>>>> lines) [merge-conflict]`],
  ['missing-article', `:46:21  events[1].citations[0].source: expected the file name of an article in tests/fixtures/broken/cited/, found "interview.txt" (articles there: report.txt) [unknown-source]`],
  ['missing-citations', `:37:5  events[1].citations: expected a list, found nothing (the field is required) [missing-field]`],
  ['missing-comma', `:41:7  expected ',' or a closing bracket, found '"status"' [json-syntax]`],
  ['missing-title', `:37:5  events[1].title: expected a string, found nothing (the field is required) [missing-field]`],
  ['month-13', `:39:15  events[1].date: expected a date that exists on the calendar, found "2025-13-01" [invalid-field]`],
  ['nan', `:21:18  expected a JSON value, found 'NaN' (JSON has no NaN; write a number or leave the field out) [json-syntax]`],
  ['not-utf8', `:43:66  expected UTF-8 text, found a byte that is not valid UTF-8 at byte 1119 (save the file as UTF-8) [not-utf8]`],
  ['null-event', `:37:5  events[1]: expected an object, found null [invalid-field]`],
  ['quote-empty', `:47:20  events[1].citations[0].quote: expected a quote, found an empty string [invalid-field]`],
  ['quote-not-in-article', `:47:20  events[1].citations[0].quote: expected a verbatim passage of tests/fixtures/broken/cited/report.txt, found text that is not in it (the first 38 characters match; it differs at "9 July in Kuala Lumpur.") [quote-not-found]`],
  ['single-quotes', `:40:7  expected a string in double quotes, found one in single quotes [json-syntax]`],
  ['source-with-folder', `:46:21  events[1].citations[0].source: expected the file name of an article in seeds/, e.g. "000_report.txt", found "seeds/report.txt" [invalid-field]`],
  ['top-level-list', `:1:1  expected an object with an "events" list, found a list of 2 [invalid-field]`],
  ['trailing-comma-list', `:8:3  expected another value after ',', found ']' (JSON allows no trailing comma) [json-syntax]`],
  ['trailing-comma-object', `:48:9  expected another property after ',', found '}' (JSON allows no trailing comma) [json-syntax]`],
  ['truncated', `:26:9  expected a property name in double quotes, found the end of the file [json-syntax]`],
  ['two-objects', `:53:1  expected the end of the file after the top-level object, found '{' [json-syntax]`],
  ['unclosed-string', `:42:16  expected a closing '"' before the end of the line [json-syntax]`],
  ['unknown-field', `:50:7  events[1].sumary: expected one of the fields id, date, endDate, approximate, kind, type, status, phase, name, speaker, addressee, title, summary, handWritten, translations, places, actors, figures, claims, citations; found unknown field "sumary" [unknown-field]`],
  ['unknown-kind', `:40:15  events[1].kind: expected one of "fighting", "strike", "civilians", "protest", "ceasefire", "talks", "diplomacy", "statement", "accusation", "detention", "humanitarian", "measure"; found "negotiation" [invalid-value]`],
  ['unknown-measure', `:19:22  events[0].figures[0].measure: expected one of "killed", "injured", "displaced", "evacuated", "border-length", "duration"; found "dead" [invalid-value]`],
  ['unknown-schema', `:2:14  $schema: expected "./events.schema.json", found "https://example.org/timeline.schema.json" [invalid-value]`],
  ['unknown-source-entry', `:9:15  sources[1].file: expected the file name of an article in tests/fixtures/broken/cited/, found "interview.txt" (articles there: report.txt) [unknown-source]`],
  ['unknown-top-field', `:52:3  notes: expected one of the fields $schema, sources, events; found unknown field "notes" [unknown-field]`],
  ['unquoted-key', `:40:7  expected a property name in double quotes, found 'kind' [json-syntax]`],
  ['utf16', `:1:1  expected UTF-8 text, found UTF-16 (it starts with a UTF-16 byte-order mark) (save the file as UTF-8) [not-utf8]`],
  ['whitespace-only', `:1:1  expected a JSON object, found an empty file [json-syntax]`],
  ['wrong-type-boolean', `:50:22  events[1].approximate: expected true or false, found "yes" [invalid-field]`],
  ['wrong-type-number', `:21:18  events[0].figures[0].min: expected a number, found "12" [invalid-field]`],
];

describe('npm run validate on the committed data, with its defaults', () => {
  test('passes on data/events.json and seeds/, saying what it checked', async () => {
    const articles = (await readdir(join(ROOT, 'seeds'))).filter((name) => /\.(?:txt|md)$/.test(name));
    const result = await call(validate, []);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(new RegExp(`^ok {2}data/events\\.json: \\d+ events, \\d+ citations checked against ${articles.length} articles\n$`));
  });

  test('names the default data/events.json when the working folder has none', async () => {
    const dir = await tempDir();
    await cp(join(ROOT, CITED), join(dir, 'seeds'), { recursive: true });
    expect(problemsOf(await run('validate', [], dir))).toEqual(['data/events.json  expected an events file, found no file [no-file]']);
  });

  test('reports every problem of a file in file order, counts them, and leaves the file as it was', async () => {
    const dir = await tempDir();
    const file = join(dir, 'events.json');
    const data = JSON.parse(await readFile(`${F}/events/valid.json`, 'utf8'));
    data.events[1].date = '2025-02-30';
    data.events[0].citations[0].source = 'gone.txt';
    await writeFile(file, `${JSON.stringify(data, null, 2)}\n`);
    const before = await hash(file);
    const result = await call(validate, ['--now', NOW, '--data', file, '--seeds', CITED]);
    expect(problemsOf(result)).toEqual([
      `${relative(ROOT, file)}:32:21  events[0].citations[0].source: expected the file name of an article in ${CITED}/, found "gone.txt" (articles there: report.txt) [unknown-source]`,
      `${relative(ROOT, file)}:39:15  events[1].date: expected a date that exists on the calendar, found "2025-02-30" [invalid-field]`,
    ]);
    expect(result.stderr).toMatch(/\n\n2 problems found\.\n$/);
    expect(await hash(file)).toBe(before);
  });
});

describe('npm run validate on a broken data/events.json', () => {
  test('covers at least 40 broken inputs across data/events.json and seeds/', () => {
    expect(EVENTS_CASES.length + SEEDS_CASES.length).toBeGreaterThanOrEqual(40);
  });

  test.each(EVENTS_CASES)('%s: one clear line, exit 1, the file unchanged', async (name, expected) => {
    const data = `${F}/events/${name}.json`;
    const before = await hash(data);
    const result = await call(validate, ['--now', NOW, '--data', data, '--seeds', CITED]);
    expect(problemsOf(result)).toEqual([`${data}${expected}`]);
    expect(await hash(data)).toBe(before);
  });

  test('accepts the same file with a byte-order mark, and counts lines and columns without it', async () => {
    expect((await call(validate, ['--now', NOW, '--data', `${F}/events/bom.json`, '--seeds', CITED])).code).toBe(0);
    const dir = await tempDir();
    await writeFile(join(dir, 'events.json'), `\uFEFF${await readFile(`${F}/events/unknown-kind.json`, 'utf8')}`);
    const [line] = problemsOf(await call(validate, ['--now', NOW, '--data', join(dir, 'events.json'), '--seeds', CITED]));
    expect(line).toBe(`${relative(ROOT, dir)}/events.json${EVENTS_CASES.find(([n]) => n === 'unknown-kind')![1]}`);
  });

  test('reports a missing file, a folder and a missing seeds folder by name', async () => {
    const missing = await call(validate, ['--now', NOW, '--data', `${F}/events/none.json`, '--seeds', CITED]);
    expect(problemsOf(missing)).toEqual([`${F}/events/none.json  expected an events file, found no file [no-file]`]);
    const folder = await call(validate, ['--now', NOW, '--data', CITED, '--seeds', CITED]);
    expect(problemsOf(folder)).toEqual([`${CITED}  expected an events file, found a folder [no-file]`]);
    const noSeeds = await call(validate, ['--now', NOW, '--data', CITES_ARTICLE, '--seeds', `${F}/none`]);
    expect(problemsOf(noSeeds)).toEqual([`${F}/none  expected a folder of articles (.txt or .md), found none at ${F}/none [no-seeds]`]);
  });

  test('refuses a 50 MB events file unread, at once, with its size and the limit', async () => {
    const dir = await tempDir();
    const event = await readFile(`${F}/events/valid.json`, 'utf8');
    const file = join(dir, 'events.json');
    await writeFile(file, event.repeat(Math.ceil((50 * 2 ** 20) / event.length)).slice(0, 50 * 2 ** 20));
    const started = performance.now();
    const result = await call(validate, ['--now', NOW, '--data', file, '--seeds', CITED]);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problemsOf(result)).toEqual([
      `${relative(ROOT, file)}  expected an events file of at most 10 MB, found 50 MB (check that this is the right file; the limit keeps every check fast) [too-large]`,
    ]);
  });
});

describe('npm run extract on a broken data/events.json (a temporary copy)', () => {
  test.each(['truncated', 'merge-conflict', 'duplicate-key', 'not-utf8', 'unknown-kind', 'quote-not-in-article'])(
    '%s: the validator\'s line, nothing written',
    async (name) => {
      const dir = await tempDir();
      const out = join(dir, 'events.json');
      await copyFile(`${F}/events/${name}.json`, out);
      const before = await hash(out);
      const result = await call(extract, ['--now', NOW, '--quiet', '--seeds', CITED, '--out', out]);
      expect(problemsOf(result)).toEqual([`${relative(ROOT, out)}${EVENTS_CASES.find(([n]) => n === name)![1]}`]);
      expect(result.stderr).toMatch(/nothing was written\.\n$/);
      expect(await hash(out)).toBe(before);
      expect(await readdir(dir)).toEqual(['events.json']);
    },
  );

  test('a damaged previous extraction: where, and that deleting it is safe', async () => {
    const dir = await tempDir();
    await copyFile(`${F}/events/valid.json`, join(dir, 'events.json'));
    await copyFile(`${F}/events/truncated.json`, join(dir, 'extracted.json'));
    const before = await hash(join(dir, 'events.json'));
    const result = await call(extract, ['--now', NOW, '--quiet', '--seeds', CITED, '--out', join(dir, 'events.json')]);
    expect(problemsOf(result)).toEqual([
      `${relative(ROOT, dir)}/extracted.json:26:9  expected a property name in double quotes, found the end of the file (it is written by this command, not by hand: delete it to start over; edits in ${relative(ROOT, dir)}/events.json are kept as maintainer additions) [base-unreadable]`,
    ]);
    expect(await hash(join(dir, 'events.json'))).toBe(before);
  });
});

// Expected messages, after the folder `tests/fixtures/broken/seeds/<case>`. 'both': validate,
// run on a data file citing the article, gives the same line; 'extract': only extraction fails;
// 'strict': only `extract --strict` fails (without it, the article is a warning: see below).
const SEEDS_CASES: [string, 'both' | 'extract' | 'strict', string][] = [
  ['binary-as-text', 'both', `/article.txt:1:6  expected text, found a NUL byte at byte 5 (this looks like a binary file, not text) [binary-file]`],
  ['empty', 'extract', `  expected at least one article (.txt or .md), found an empty folder (add the articles to extract events from) [no-articles]`],
  ['folder-in-seeds', 'both', `/drafts  expected an article file ending in .txt or .md, found a folder (save articles as plain text; move anything else out of tests/fixtures/broken/seeds/folder-in-seeds/) [not-an-article]`],
  ['front-matter-bad-url', 'both', `/article.txt:2:6  url: expected an absolute http(s) URL such as "https://example.org/story", found "example.org/shelling" [front-matter-field]`],
  ['front-matter-javascript-url', 'both', `/article.txt:2:6  url: expected an absolute http(s) URL such as "https://example.org/story", found "javascript:alert(document.domain)" [front-matter-field]`],
  ['front-matter-crlf', 'both', `/article.txt:4:12  published: expected a day as YYYY-MM-DD, found "26 July 2025" [front-matter-field]`],
  ['front-matter-duplicate-key', 'both', `/article.txt:4:1  expected YAML front matter, found a syntax error: Map keys must be unique [front-matter-syntax]`],
  ['front-matter-impossible-date', 'both', `/article.txt:2:12  published: expected a date that exists on the calendar, found "2025-02-30" [front-matter-field]`],
  ['front-matter-month-only', 'both', `/article.txt:2:12  published: expected a day as YYYY-MM-DD, found "2025-07" [front-matter-field]`],
  ['front-matter-not-a-map', 'both', `/article.txt:2:1  expected front matter of \`name: value\` lines, found "Shelling near the border" (e.g. \`published: 2025-07-26\`) [front-matter-syntax]`],
  ['front-matter-syntax', 'both', `/article.txt:4:1  expected YAML front matter, found a syntax error: Missing closing "quote [front-matter-syntax]`],
  ['front-matter-unclosed', 'both', `/article.txt:1:1  expected front matter to end with a line "---", found none (close the block, or remove the first line if the article has no front matter) [front-matter-unclosed]`],
  ['front-matter-unknown-field', 'both', `/article.txt:3:1  publised: expected one of the fields title, outlet, url, published, language; found unknown field "publised" [front-matter-field]`],
  ['no-dates', 'strict', `/article.txt:1:1  expected a dated happening or a publication day, found no date in the article (add front matter with \`published: YYYY-MM-DD\`, or remove the article) [no-dates]`],
  ['not-an-article', 'both', `/article.html  expected an article file ending in .txt or .md, found "article.html" (save articles as plain text; move anything else out of tests/fixtures/broken/seeds/not-an-article/) [not-an-article]`],
  ['not-utf8', 'both', `/article.txt:1:30  expected UTF-8 text, found a byte that is not valid UTF-8 at byte 29 (save the file as UTF-8) [not-utf8]`],
  ['published-in-future', 'both', `/article.txt:3:1  published: expected a day no later than today (2026-11-22), found "2027-07-26" (check the year and month; an article cannot be published after today) [published-in-future]`],
  ['utf16', 'both', `/article.txt:1:1  expected UTF-8 text, found UTF-16 (it starts with a UTF-16 byte-order mark) (save the file as UTF-8) [not-utf8]`],
  ['weekday-only', 'strict', `/article.txt:1:60  expected a publication date, found none: "Thursday" counts from the day the article appeared, which nothing in it gives (add front matter with \`published: YYYY-MM-DD\` at the top of the article) [publication-unknown]`],
];

describe('broken articles in seeds/', () => {
  test.each(SEEDS_CASES)('%s: one clear line from extract (and validate: %s), nothing written', async (name, commands, expected) => {
    const seeds = `${F}/seeds/${name}`;
    const dir = await tempDir();
    const out = join(dir, 'events.json');
    await copyFile(CITES_ARTICLE, out);
    const before = await hash(out);
    const result = await call(extract, ['--now', NOW, '--quiet', ...(commands === 'strict' ? ['--strict'] : []), '--seeds', seeds, '--out', out]);
    expect(problemsOf(result)).toEqual([`${seeds}${expected}`]);
    expect(await hash(out)).toBe(before);
    expect(await readdir(dir)).toEqual(['events.json']);
    if (commands === 'both') {
      expect(problemsOf(await call(validate, ['--now', NOW, '--data', CITES_ARTICLE, '--seeds', seeds]))).toEqual([`${seeds}${expected}`]);
    }
  });

  test.each([
    ['no-dates', 'publication day unknown'],
    ['weekday-only', 'publication day unknown; 1 date that needs it left out ("Thursday")'],
  ])('%s: without --strict, a warning naming the line to add, and exit 0', async (name, warning) => {
    const dir = await tempDir();
    const out = join(dir, 'events.json');
    await copyFile(CITES_ARTICLE, out);
    const result = await call(extract, ['--now', NOW, '--quiet', '--seeds', `${F}/seeds/${name}`, '--out', out]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(`warning: ${F}/seeds/${name}/article.txt: ${warning}; add the line \`published: YYYY-MM-DD\` to its front matter\n`);
  });

  test.each(['bom', 'crlf'])('accepts an article saved with %s, finding its quotes', async (name) => {
    const dir = await tempDir();
    await copyFile(CITES_ARTICLE, join(dir, 'events.json'));
    expect((await call(extract, ['--now', NOW, '--quiet', '--seeds', `${F}/seeds/${name}`, '--out', join(dir, 'events.json')])).code).toBe(0);
    expect((await call(validate, ['--now', NOW, '--data', CITES_ARTICLE, '--seeds', `${F}/seeds/${name}`])).code).toBe(0);
  });

  test('counts lines in an article after its byte-order mark, as the editor shows them', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'article.txt'), '\uFEFF---\ntitle: Shelling\npublised: 2025-07-26\n---\nText.\n');
    const [line] = problemsOf(await call(validate, ['--now', NOW, '--data', CITES_ARTICLE, '--seeds', dir]));
    expect(line).toMatch(/\/article\.txt:3:1 {2}publised: expected one of/);
  });

  test('refuses a 50 MB article unread, with its size and the limit', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'seeds'));
    await writeFile(join(dir, 'seeds/article.txt'), 'Artillery fire struck villages near the border crossing on 24 July 2025.\n'.repeat(50 * 2 ** 20 / 73));
    await copyFile(CITES_ARTICLE, join(dir, 'events.json'));
    const result = await call(extract, ['--now', NOW, '--quiet', '--seeds', join(dir, 'seeds'), '--out', join(dir, 'events.json')]);
    expect(problemsOf(result)).toEqual([
      `${relative(ROOT, dir)}/seeds/article.txt  expected an article of at most 1 MB, found 50 MB (check that this is the right file; the limit keeps every check fast) [too-large]`,
    ]);
  });
});

// Child processes of whole commands: the limits guard against a hang under load, they time nothing.
describe('the real commands, as child processes', { timeout: 60_000 }, () => {
  test('print exactly what the in-process runs print, and exit 1', async () => {
    const cases: ['validate' | 'extract', string[]][] = [
      ['validate', ['--data', `${F}/events/truncated.json`, '--seeds', CITED]],
      ['validate', ['--data', `${F}/events/not-utf8.json`, '--seeds', CITED]],
      ['validate', ['--data', `${F}/events/missing-article.json`, '--seeds', CITED]],
      ['validate', ['--data', CITES_ARTICLE, '--seeds', `${F}/seeds/published-in-future`]],
      ['extract', ['--quiet', '--check', '--seeds', `${F}/seeds/not-utf8`, '--out', CITES_ARTICLE]],
      ['extract', ['--quiet', '--check', '--strict', '--seeds', `${F}/seeds/no-dates`, '--out', CITES_ARTICLE]],
    ];
    const results = await Promise.all(cases.map(([script, args]) => run(script, ['--now', NOW, ...args])));
    for (const [i, [script, args]] of cases.entries()) {
      const inProcess = await call(script === 'validate' ? validate : extract, ['--now', NOW, ...args]);
      expect(results[i]).toEqual(inProcess);
      problemsOf(results[i]!);
    }
  });

  test('an unexpected error is one line; --debug adds its stack', async () => {
    // A folder that exists but takes no new file, even from root: the write fails after the run,
    // an error no check before it foresees (a missing folder is a problem named up front).
    const args = ['--now', NOW, '--quiet', '--seeds', CITED, '--out', '/proc/self/events.json'];
    const [plain, debug] = await Promise.all([run('extract', args), run('extract', [...args, '--debug'])]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^extract failed: ENOENT: no such file or directory, open '\/proc\/self\/\.events\.json\.\d+\.tmp' \(run with --debug for details\)\n$/);
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/^ {4}at .*writeAtomic/m);
  });
});

describe('npm run extract killed mid-run', { timeout: 60_000 }, () => {
  test('leaves data/events.json old or new, never partial, and the next run removes its temporary files', async () => {
    const template = await tempDir();
    await copyFile(`${F}/events/valid.json`, join(template, 'events.json'));
    const old = await readFile(join(template, 'events.json'));
    const args = (dir: string) => ['--now', NOW, '--quiet', '--seeds', join(ROOT, CITED), '--out', join(dir, 'events.json')];
    const started = performance.now();
    expect((await run('extract', args(template))).code).toBe(0);
    const duration = performance.now() - started;
    const fresh = await readFile(join(template, 'events.json'));
    expect(fresh.equals(old)).toBe(false);

    // Kills at moments spread over the run, and kills as soon as the temporary file of the
    // write appears (after 0 to 3 ms), which land between its creation and the rename.
    const plans: ({ at: number } | { afterTemp: number })[] = [
      ...[0.5, 1].map((f) => ({ at: duration * f })),
      ...[0, 1, 2, 3].map((ms) => ({ afterTemp: ms })),
    ];
    const outcomes: string[] = [];
    // Two at a time, so that the machine's load does not stretch the runs past the kill times.
    for (let i = 0; i < plans.length; i += 2) {
      outcomes.push(...await Promise.all(plans.slice(i, i + 2).map(async (plan) => {
        const dir = await tempDir();
        await copyFile(`${F}/events/valid.json`, join(dir, 'events.json'));
        const { child, done } = spawnCommand('extract', args(dir));
        const kill = () => child.kill('SIGKILL');
        const timer = 'at' in plan ? setTimeout(kill, plan.at) : undefined;
        const watcher = 'afterTemp' in plan
          ? watch(dir, (_, name) => {
            if (name?.startsWith('.events.json.')) setTimeout(kill, plan.afterTemp);
          })
          : undefined;
        const { code } = await done;
        clearTimeout(timer);
        watcher?.close();
        const now = await readFile(join(dir, 'events.json'));
        expect(now.equals(old) || now.equals(fresh)).toBe(true);
        const left = await readdir(dir);
        for (const name of left) expect(name).toMatch(/^(?:events\.json|extracted\.json|\.(?:events|extracted)\.json\.\d+\.tmp)$/);
        // A kill that left no temporary file left a folder any run starts from, which the other
        // tests cover; one that left one is the case for the next run to clean up.
        if (left.some((name) => name.endsWith('.tmp'))) {
          expect((await run('extract', args(dir))).code).toBe(0);
          expect((await readdir(dir)).sort()).toEqual(['events.json', 'extracted.json']);
          expect((await readFile(join(dir, 'events.json'))).equals(fresh)).toBe(true);
        }
        return `${code === 0 ? 'finished' : now.equals(old) ? 'old' : 'new'}${left.some((n) => n.endsWith('.tmp')) ? '+tmp' : ''}`;
      })));
    }
    expect(outcomes).toContain('old');
  }, 180_000);

  test('the next run removes a temporary file left by a killed write', async () => {
    const dir = await tempDir();
    await copyFile(`${F}/events/valid.json`, join(dir, 'events.json'));
    const args = ['--now', NOW, '--quiet', '--seeds', CITED, '--out', join(dir, 'events.json')];
    expect((await call(extract, args)).code).toBe(0);
    // A process id above Linux's maximum: no process can have it.
    await writeFile(join(dir, '.events.json.99999999.tmp'), '{"$schema": "./events.sch');
    expect((await call(extract, args)).code).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['events.json', 'extracted.json']);
  });
});
