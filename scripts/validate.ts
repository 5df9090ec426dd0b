// npm run validate — checks data/events.json against the schema and the articles in seeds/.
// Reads only; prints every problem as `file:line:col  path: message` and exits 1 if there are any.
import { relative } from 'node:path';
import { readArticles } from '../src/io/readArticles.ts';
import { readTextFile } from '../src/io/readTextFile.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';
import { SIZE_LIMITS } from '../src/lib/sizeLimits.ts';
import { validateEvents } from '../src/lib/validateEvents.ts';
import { placesWithoutCoordinates } from '../src/lib/geo/placesWithoutCoordinates.ts';
import { readNowOption } from './io/readNowOption.ts';
import { consoleIo, describeCrash, visibleIo, type CommandIo } from './io/commandIo.ts';
import { printExit, readCommandLine, usageError, type CommandExit } from './io/readCommandLine.ts';

const USAGE = `usage: npm run validate -- [options]
  --data FILE    event file to check (default: data/events.json)
  --seeds DIR    articles the events cite (default: seeds)
  --now DATE     today, YYYY-MM-DD: no article is published after it (default: today)
  --debug        print stack traces of unexpected errors`;

interface Options {
  data: string;
  seeds: string;
  today: string;
  debug: boolean;
}

/** Reads the command line once; every value past this point is valid. A string is what to print instead. */
function parseOptions(argv: string[]): Options | CommandExit {
  const read = readCommandLine(
    argv,
    {
      data: { type: 'string', default: 'data/events.json' },
      seeds: { type: 'string', default: 'seeds' },
      now: { type: 'string' },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if ('exit' in read) return read;
  const { values } = read;
  const now = readNowOption(values.now);
  if ('error' in now) return usageError(now.error, USAGE);
  return { data: values.data, seeds: values.seeds, today: now.now.toISODate()!, debug: values.debug };
}

async function check(options: Options, io: CommandIo): Promise<number> {
  const dataFile = relative(process.cwd(), options.data) || options.data;
  const { articles, unreadable, problems: articleProblems } = await readArticles(options.seeds, { today: options.today });
  let problems: Problem[] = [...articleProblems];
  let summary = '';
  let warnings: Problem[] = [];
  const { text, problem } = await readTextFile(options.data, { shown: dataFile, maxBytes: SIZE_LIMITS.events, what: 'an events file' });
  if (text === undefined) problems.push(problem!);
  else {
    const result = validateEvents({
      file: dataFile,
      text,
      articles,
      unreadable,
      seedsDir: relative(process.cwd(), options.seeds) || '.',
      seedsReadable: !articleProblems.some((p) => p.code === 'no-seeds'),
    });
    problems = problems.concat(result.problems);
    if (result.data) {
      const citations = result.data.events.reduce((n, e) => n + e.citations.length + e.figures.length + e.claims.length, 0);
      summary = `${dataFile}: ${result.data.events.length} events, ${citations} citations checked against ${articles.size} articles`;
      warnings = placesWithoutCoordinates(dataFile, text, result.data);
    }
  }

  // Warnings do not fail the check: an event without a mappable place is still a valid event.
  for (const w of sortProblems(warnings)) io.err(formatProblem(w));
  if (warnings.length > 0) io.err(`${warnings.length} warning${warnings.length === 1 ? '' : 's'}: places without coordinates.`);
  if (problems.length > 0) {
    for (const p of sortProblems(problems)) io.err(formatProblem(p));
    io.err('');
    io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
    return 1;
  }
  io.out(`ok  ${summary}`);
  return 0;
}

/**
 * The command: checks, prints, and returns the exit code (0 valid, 1 problems or a crash, 2 bad
 * options). Tests call it in-process; it never exits the process itself.
 */
export async function validate(argv: string[], given: CommandIo = consoleIo): Promise<number> {
  const io = visibleIo(given);
  const options = parseOptions(argv);
  if ('exit' in options) return printExit(options, io);
  try {
    return await check(options, io);
  } catch (error) {
    io.errLines(describeCrash('validate', error, options.debug));
    return 1;
  }
}

if (import.meta.main) process.exitCode = await validate(process.argv.slice(2));
