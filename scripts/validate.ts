// npm run validate — checks data/events.json against the schema and the articles in seeds/.
// Reads only; prints every problem as `file:line:col  path: message` and exits 1 if there are any.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readArticles } from '../src/io/readArticles.ts';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';
import { validateEvents } from '../src/lib/validateEvents.ts';

const USAGE = 'usage: npm run validate -- [--data data/events.json] [--seeds seeds]';

function parseOptions(argv: string[]) {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data/events.json' },
        seeds: { type: 'string', default: 'seeds' },
        help: { type: 'boolean', default: false },
      },
    });
    return values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
}

const options = parseOptions(process.argv.slice(2));
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const dataFile = relative(process.cwd(), options.data) || options.data;
const { articles, problems: articleProblems } = await readArticles(options.seeds);
let problems: Problem[] = [...articleProblems];
let summary = '';
try {
  const text = await readFile(options.data, 'utf8');
  const result = validateEvents({ file: dataFile, text, articles, seedsDir: relative(process.cwd(), options.seeds) || '.' });
  problems = problems.concat(result.problems);
  if (result.data) {
    const citations = result.data.events.reduce((n, e) => n + e.citations.length + e.figures.length + e.claims.length, 0);
    summary = `${dataFile}: ${result.data.events.length} events, ${citations} citations checked against ${articles.size} articles`;
  }
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const found = code === 'ENOENT' ? 'no file' : code === 'EISDIR' ? 'a folder' : (error as Error).message;
  problems.push({ code: 'no-data', file: dataFile, message: `expected a readable JSON file, found ${found}` });
}

if (problems.length > 0) {
  for (const p of sortProblems(problems)) console.error(formatProblem(p));
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} found.`);
  process.exit(1);
}
console.log(`ok  ${summary}`);
