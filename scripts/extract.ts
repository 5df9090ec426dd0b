// npm run extract — turns the articles in seeds/ into data/events.json, merging with the
// maintainers' edits so that none is lost. See README "Extracting events".
import { stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { getNodeValue } from 'jsonc-parser';
import { DateTime } from 'luxon';
import { readArticles } from '../src/io/readArticles.ts';
import { readTextFile } from '../src/io/readTextFile.ts';
import { EventsFile } from '../src/lib/eventSchema.ts';
import { findDisagreements } from '../src/lib/findDisagreements.ts';
import { hintKindProblems } from '../src/lib/hintKindProblems.ts';
import { parseJsonTree } from '../src/lib/jsonSyntaxProblem.ts';
import { lineColumn } from '../src/lib/lineColumn.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';
import { publishedBySource } from '../src/lib/publishedBySource.ts';
import { schemaProblems } from '../src/lib/schemaProblems.ts';
import { serializeEventsFile } from '../src/lib/serializeEventsFile.ts';
import { SIZE_LIMITS } from '../src/lib/sizeLimits.ts';
import { validateEvents } from '../src/lib/validateEvents.ts';
import { siteConfig } from '../src/siteConfig.ts';
import { readLexicon } from './io/readLexicon.ts';
import { readNowOption } from './io/readNowOption.ts';
import { consoleIo, describeCrash, visibleIo, type CommandIo } from './io/commandIo.ts';
import { printExit, readCommandLine, usageError, type CommandExit } from './io/readCommandLine.ts';
import { removeStaleTemps, writeAtomic } from './io/writeAtomic.ts';
import { compileLexicon } from './lib/extract/lexicon/compileLexicon.ts';
import { extractEvents } from './lib/extract/extractEvents.ts';
import { mergeEdits, type MergeReport } from './lib/extract/edits/mergeEdits.ts';

const USAGE = `usage: npm run extract -- [options]
  --seeds DIR    articles to read (default: seeds)
  --out FILE     event file to write (default: data/events.json)
  --base FILE    previous extraction, the base of the merge (default: extracted.json beside --out)
  --lexicon DIR  a fork's gazetteers (actors.yaml, places.yaml) merged over scripts/lexicon/
  --now DATE     today, YYYY-MM-DD: no inferred publication date lies after it (default: today)
  --check        print what would change, write nothing, exit 1 if anything would
  --strict       refuse an article whose publication day cannot be found (exit 1) instead of warning
  --verbose      also print dates whose cues disagree (a weekday and its date, a word and its tense),
                 and places the articles name that scripts/lexicon/places.yaml does not know
  --quiet        print only problems, warnings and the summary
  --debug        print stack traces of unexpected errors`;

interface Options {
  seeds: string;
  out: string;
  base: string;
  lexicon?: string;
  now: DateTime;
  check: boolean;
  strict: boolean;
  verbose: boolean;
  quiet: boolean;
  debug: boolean;
}

/** Reads the command line once; every value past this point is valid. A string is what to print instead. */
function parseOptions(argv: string[]): Options | CommandExit {
  const read = readCommandLine(
    argv,
    {
      seeds: { type: 'string', default: 'seeds' },
      out: { type: 'string', default: 'data/events.json' },
      base: { type: 'string' },
      lexicon: { type: 'string' },
      now: { type: 'string' },
      check: { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if ('exit' in read) return read;
  const { values } = read;
  const now = readNowOption(values.now);
  if ('error' in now) return usageError(now.error, USAGE);
  return {
    seeds: values.seeds,
    out: values.out,
    base: values.base ?? join(dirname(values.out), 'extracted.json'),
    ...(values.lexicon === undefined ? {} : { lexicon: values.lexicon }),
    now: now.now,
    check: values.check,
    strict: values.strict,
    verbose: values.verbose,
    quiet: values.quiet,
    debug: values.debug,
  };
}

const shown = (path: string) => relative(process.cwd(), path) || path;

/** Problems that end the run before anything is written; thrown to the command, which prints them. */
class Stop {
  readonly problems: Problem[];
  readonly what: string;
  constructor(problems: Problem[], what: string) {
    this.problems = problems;
    this.what = what;
  }
}

function stop(problems: Problem[], what: string): never {
  throw new Stop(problems, what);
}

/** The text of an events file, or `undefined` when there is none yet; stops on any other problem. */
async function readEventsText(path: string, what: string): Promise<string | undefined> {
  const { text, missing, problem } = await readTextFile(path, { shown: shown(path), maxBytes: SIZE_LIMITS.events, what });
  if (missing) return undefined;
  if (problem) stop([problem], `in ${shown(path)}`);
  return text;
}

function describeMerge(report: MergeReport): string[] {
  const lines: string[] = [];
  for (const { id, fields } of report.updated) lines.push(`  changed  ${id}: ${fields.join(', ')}`);
  for (const id of report.added) lines.push(`  new      ${id}`);
  for (const id of report.removed) lines.push(`  removed  ${id} (no longer found in the articles)`);
  for (const id of report.keptDeleted) lines.push(`  kept deleted  ${id} (a maintainer deleted it)`);
  for (const id of report.keptAdded) lines.push(`  kept     ${id} (added by a maintainer)`);
  for (const id of report.keptEdited) lines.push(`  kept     ${id} (edited by a maintainer, no longer found in the articles)`);
  for (const { id, field } of report.conflicts) lines.push(`  conflict ${id}.${field}: a maintainer and the extractor both changed it; the maintainer's value was kept`);
  return lines;
}

/** A folder the run will write into must exist before the articles are read, not after. */
async function checkFolders(options: Options): Promise<void> {
  const problems: Problem[] = [];
  for (const [option, path] of [['--out', options.out], ['--base', options.base]] as const) {
    const folder = dirname(path);
    const found = await stat(folder).catch(() => undefined);
    if (found?.isDirectory()) continue;
    problems.push({
      code: 'no-folder',
      file: shown(path),
      message: `expected ${option} to name a file in an existing folder, but ${shown(folder)} ${found ? 'is not a folder' : 'does not exist'}`,
      hint: `create ${shown(folder)} first, or give ${option} another path`,
    });
  }
  if (problems.length > 0) stop(problems, 'in the options');
}

async function run(options: Options, io: CommandIo, started: number): Promise<number> {
  if (!options.check) await checkFolders(options);
  const lexiconDir = join(import.meta.dirname, 'lexicon');
  const { lexicon, problems: lexiconProblems } = await readLexicon(lexiconDir, options.lexicon);
  if (!lexicon) stop(lexiconProblems, 'in the lexicon');
  const { articles, problems: articleProblems } = await readArticles(options.seeds, { today: options.now.toISODate()! });
  if (articleProblems.length > 0) stop(articleProblems, 'in the articles');
  if (articles.size === 0) {
    stop([{ code: 'no-articles', file: shown(options.seeds), message: 'expected at least one article (.txt or .md), found an empty folder', hint: 'add the articles to extract events from' }], 'in the articles');
  }

  const outText = await readEventsText(options.out, 'an events file');
  const ours = outText === undefined ? undefined : validateEvents({ file: shown(options.out), text: outText, articles, seedsDir: shown(options.seeds) });
  if (ours && !ours.data) stop(ours.problems, `in ${shown(options.out)} (fix them, then run the extractor again)`);
  const baseText = await readEventsText(options.base, 'the previous extraction');
  let base: EventsFile | undefined;
  if (baseText !== undefined) {
    const file = shown(options.base);
    const { root, problem } = parseJsonTree(file, baseText);
    const parsed = root ? schemaProblems(EventsFile, file, baseText, root) : { problems: [problem!] };
    if (!parsed.data) {
      // Old kinds are migrated with the maintainers' file, so the merge base keeps matching it.
      const legacy = root ? hintKindProblems(parsed.problems, getNodeValue(root), shown(options.out)).filter((p) => p.code === 'legacy-kind') : [];
      if (legacy.length > 0) stop(legacy, 'in the previous extraction');
      const hint = `it is written by this command, not by hand: delete it to start over; edits in ${shown(options.out)} are kept as maintainer additions`;
      stop([{ ...parsed.problems[0]!, code: 'base-unreadable', hint }], 'in the previous extraction');
    }
    base = parsed.data;
  }

  // A publication date a maintainer set in data/events.json is used as if the article stated it.
  const givenPublished = new Map<string, string>();
  for (const source of ours?.data?.sources ?? []) {
    const before = base?.sources.find((s) => s.file === source.file);
    if (source.published && (!source.publishedInferred || source.published !== before?.published)) givenPublished.set(source.file, source.published);
  }

  const extracted = extractEvents({
    articles: [...articles.values()],
    lexicon: compileLexicon(lexicon),
    now: options.now,
    published: givenPublished,
    previous: base?.events ?? [],
    locale: siteConfig.locale,
  });
  // An article whose day cannot be found is a warning: what it dates in full is still used.
  // A strict run refuses it, for maintainers who want CI to insist on front matter.
  const seedProblems = extracted.problems.map((p) => ({ ...p, file: join(shown(options.seeds), p.file) }));
  if (options.strict && seedProblems.length > 0) stop(seedProblems, 'in the articles (--strict)');

  const { file: merged, report } = mergeEdits(base, ours?.data, extracted.file);
  const mergedText = serializeEventsFile(merged);
  const extractedText = serializeEventsFile(extracted.file);
  const check = validateEvents({ file: shown(options.out), text: mergedText, articles, seedsDir: shown(options.seeds) });
  if (!check.data) stop(check.problems, 'in the merged result');

  const FROM = { 'front-matter': 'front matter', maintainer: 'data/events.json', dateline: 'dateline', 'updated-line': '"Updated" line', url: 'day in its url', text: "text's dates", 'latest-happening': 'latest dated happening, a lower bound' } as const;
  if (!options.quiet) {
    for (const r of extracted.reports) {
      const year = r.yearFromRun || (r.inferred && (r.publishedFrom === 'dateline' || r.publishedFrom === 'updated-line')) ? ', year inferred' : '';
      const from = r.publishedFrom ? ` (from the ${FROM[r.publishedFrom]}${year}${r.yearFromRun ? ' from the other articles' : ''}${r.publishedUntil ? `, or any day to ${r.publishedUntil}` : ''})` : '';
      const when = r.published ? `published ${r.published}${from}` : 'publication day unknown';
      io.out(`${r.name}  ${when}; ${r.sentences} sentences, ${r.mentions} dated mentions`);
    }
    for (const line of describeMerge(report)) io.out(line);
  }
  if (options.verbose) {
    for (const r of extracted.reports) {
      const article = articles.get(r.name)!;
      for (const clash of r.clashes) {
        const { line, column } = lineColumn(article.body, clash.offset);
        io.out(`${join(shown(options.seeds), r.name)}:${article.bodyLine + line - 1}:${column}  cues disagree on "${clash.text}": ${clash.message}`);
      }
      for (const place of r.unverified) {
        const { line, column } = lineColumn(article.body, place.offset);
        io.out(`${join(shown(options.seeds), r.name)}:${article.bodyLine + line - 1}:${column}  place not in the gazetteer: "${place.name}"${place.kind ? ` (${place.kind})` : ''}; add it to places.yaml to give it a region and country`);
      }
    }
  }
  const warnings = extracted.reports.flatMap((r) => {
    if (r.published || !seedProblems.some((p) => p.file.endsWith(r.name))) return [];
    const listed = r.unresolved.slice(0, 5).map((t) => `"${t.text}"`).join(', ');
    const n = r.unresolved.length;
    const left = n > 0 ? `; ${n} date${n === 1 ? ' that needs' : 's that need'} it left out (${listed}${n > 5 ? ', …' : ''})` : '';
    return [`warning: ${join(shown(options.seeds), r.name)}: publication day unknown${left}; add the line \`published: YYYY-MM-DD\` to its front matter`];
  });
  for (const line of warnings) io.err(line);

  const published = publishedBySource(check.data.sources);
  const disagreements = check.data.events.reduce((n, e) => n + findDisagreements(e, published).length, 0);
  const changes = mergedText !== outText || extractedText !== baseText;
  const ms = Math.round(performance.now() - started);
  const summary =
    `${articles.size} articles → ${check.data.events.length} events ` +
    `(${report.added.length} new, ${report.updated.length} changed, ${report.unchanged} kept), ` +
    `${disagreements} disagreement${disagreements === 1 ? '' : 's'}, ${ms} ms`;

  if (options.check) {
    if (mergedText !== outText) io.out(`would change ${shown(options.out)}`);
    if (extractedText !== baseText) io.out(`would change ${shown(options.base)}`);
    io.out(`${summary}${changes ? '' : '; up to date'}`);
    return changes ? 1 : 0;
  }
  // The maintainers' file first: if the run stops between the two writes, the next run sees the
  // new events as maintainer edits equal to the extraction, and loses nothing.
  await Promise.all([removeStaleTemps(options.out), removeStaleTemps(options.base)]);
  if (mergedText !== outText) await writeAtomic(options.out, mergedText);
  if (extractedText !== baseText) await writeAtomic(options.base, extractedText);
  io.out(`${summary}${changes ? `; wrote ${shown(options.out)}` : '; nothing to write'}`);
  return 0;
}

/**
 * The command: extracts, merges, writes, and returns the exit code (0 done, 1 problems, a crash
 * or --check finding changes, 2 bad options). Tests call it in-process; it never exits the process.
 */
export async function extract(argv: string[], given: CommandIo = consoleIo): Promise<number> {
  const started = performance.now();
  const io = visibleIo(given);
  const options = parseOptions(argv);
  if ('exit' in options) return printExit(options, io);
  try {
    return await run(options, io, started);
  } catch (error) {
    if (!(error instanceof Stop)) {
      io.errLines(describeCrash('extract', error, options.debug));
      return 1;
    }
    for (const p of sortProblems(error.problems)) io.err(formatProblem(p));
    io.err('');
    io.err(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} ${error.what}; nothing was written.`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = await extract(process.argv.slice(2));
