// npm run validate — checks data/events.json against the schema and the articles in seeds/.
// Reads only; prints every problem as `file:line:col  path: message` and exits 1 if there are any.
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import { readArticles } from '../src/io/readArticles.ts';
import { readTextFile } from '../src/io/readTextFile.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';
import { SIZE_LIMITS } from '../src/lib/sizeLimits.ts';
import { validateEvents } from '../src/lib/validateEvents.ts';
import { siteConfig } from '../src/siteConfig.ts';

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

/** Reads the command line once; every value past this point is valid. */
function parseOptions(argv: string[]): Options {
  const fail = (message: string): never => {
    console.error(`${message}\n${USAGE}`);
    process.exit(2);
  };
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data/events.json' },
        seeds: { type: 'string', default: 'seeds' },
        now: { type: 'string' },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    return fail((error as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const now = values.now === undefined ? DateTime.now().setZone(siteConfig.timeZone) : DateTime.fromISO(values.now, { zone: siteConfig.timeZone });
  if (!now.isValid || (values.now !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.now))) fail(`invalid --now: ${values.now} (expected a date YYYY-MM-DD)`);
  return { data: values.data, seeds: values.seeds, today: now.toISODate()!, debug: values.debug };
}

async function main(options: Options): Promise<void> {
  const dataFile = relative(process.cwd(), options.data) || options.data;
  const { articles, unreadable, problems: articleProblems } = await readArticles(options.seeds, { today: options.today });
  let problems: Problem[] = [...articleProblems];
  let summary = '';
  const { text, problem } = await readTextFile(options.data, { shown: dataFile, maxBytes: SIZE_LIMITS.events, what: 'an events file' });
  if (text === undefined) problems.push(problem!);
  else {
    const result = validateEvents({ file: dataFile, text, articles, unreadable, seedsDir: relative(process.cwd(), options.seeds) || '.' });
    problems = problems.concat(result.problems);
    if (result.data) {
      const citations = result.data.events.reduce((n, e) => n + e.citations.length + e.figures.length + e.claims.length, 0);
      summary = `${dataFile}: ${result.data.events.length} events, ${citations} citations checked against ${articles.size} articles`;
    }
  }

  if (problems.length > 0) {
    for (const p of sortProblems(problems)) console.error(formatProblem(p));
    console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
    process.exit(1);
  }
  console.log(`ok  ${summary}`);
}

const options = parseOptions(process.argv.slice(2));
main(options).catch((error: unknown) => {
  console.error(`validate failed: ${(error as Error).message}${options.debug ? `\n${(error as Error).stack}` : ' (run with --debug for details)'}`);
  process.exit(1);
});
