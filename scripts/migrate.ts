// npm run migrate — rewrites the kinds of the first schema (casualties, displacement, other) in
// data/events.json and in its merge base data/extracted.json as kinds and types of the event
// ontology, so the three-way merge of maintainer edits keeps working. See README "Kinds of event".
import { dirname, join, relative } from 'node:path';
import { parseJsonTree } from '../src/lib/jsonSyntaxProblem.ts';
import { formatProblem, type Problem } from '../src/lib/problem.ts';
import { SIZE_LIMITS } from '../src/lib/sizeLimits.ts';
import { readTextFile } from '../src/io/readTextFile.ts';
import { consoleIo, describeCrash, visibleIo, type CommandIo, type CommandPrinter } from './io/commandIo.ts';
import { printExit, readCommandLine, type CommandExit } from './io/readCommandLine.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import { migrateKinds, type KindChange } from './lib/migrateKinds.ts';

const USAGE = `usage: npm run migrate -- [options]
  --data FILE    the maintainers' event file (default: data/events.json)
  --base FILE    the previous extraction, the base of the merge (default: extracted.json beside --data)
  --check        print what would change, write nothing, exit 1 if anything would
  --debug        print stack traces of unexpected errors`;

interface Options {
  data: string;
  base: string;
  check: boolean;
  debug: boolean;
}

/** Reads the command line once; every value past this point is valid. A string is what to print instead. */
function parseOptions(argv: string[]): Options | CommandExit {
  const read = readCommandLine(
    argv,
    {
      data: { type: 'string', default: 'data/events.json' },
      base: { type: 'string' },
      check: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    USAGE,
  );
  if ('exit' in read) return read;
  const { values } = read;
  return { data: values.data, base: values.base ?? join(dirname(values.data), 'extracted.json'), check: values.check, debug: values.debug };
}

const shown = (path: string) => relative(process.cwd(), path) || path;

const describe = (file: string, c: KindChange) =>
  `${file}  events[${c.index}]${c.id ? ` ${c.id}` : ''}: kind ${c.from} → ${c.kind}${c.type ? `, type ${c.type}` : ''}`;

/** The migrated text of one file, or the problem that stops the run; a missing file has nothing to migrate. */
async function migrateFile(path: string, what: string): Promise<{ path: string; file: string; migrated?: string; changes: KindChange[]; problem?: Problem }> {
  const file = shown(path);
  const { text, missing, problem } = await readTextFile(path, { shown: file, maxBytes: SIZE_LIMITS.events, what });
  if (missing) return { path, file, changes: [] };
  if (text === undefined) return { path, file, changes: [], problem: problem! };
  const body = text.replace(/^\uFEFF/, '');
  const { root, problem: syntax } = parseJsonTree(file, body);
  if (!root) return { path, file, changes: [], problem: { ...syntax!, hint: `${syntax!.hint ? `${syntax!.hint}; ` : ''}fix the syntax first, then migrate` } };
  const { text: migrated, changes } = migrateKinds(body, root);
  return { path, file, migrated: text.startsWith('\uFEFF') ? `\uFEFF${migrated}` : migrated, changes };
}

async function run(options: Options, io: CommandPrinter): Promise<number> {
  // Both files are read and migrated before either is written: a problem in one leaves both as they were.
  const files = [await migrateFile(options.data, 'an events file'), await migrateFile(options.base, 'the previous extraction')];
  const problems = files.flatMap((f) => (f.problem ? [f.problem] : []));
  if (problems.length > 0) {
    for (const p of problems) io.err(formatProblem(p));
    io.errLines(`\n${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing was written.`);
    return 1;
  }
  const changed = files.filter((f) => f.changes.length > 0);
  for (const f of changed) for (const c of f.changes) io.out(describe(f.file, c));
  if (changed.length === 0) {
    io.out('nothing to migrate: every kind is one of the event ontology');
    return 0;
  }
  const summary = changed.map((f) => `${f.changes.length} event${f.changes.length === 1 ? '' : 's'} in ${f.file}`).join(' and ');
  if (options.check) {
    io.out(`would migrate ${summary}`);
    return 1;
  }
  // The merge base first: should the run stop between the writes, the maintainers' file still
  // shows the old kinds, the validator says to migrate, and a second run finishes the work.
  for (const f of [...changed].reverse()) await writeAtomic(f.path, f.migrated!);
  io.out(`migrated ${summary}; each type added is a best guess from the old kind, worth a look`);
  return 0;
}

/**
 * The command: migrates, writes, and returns the exit code (0 done or nothing to do, 1 problems,
 * a crash or --check finding changes, 2 bad options). Tests call it in-process.
 */
export async function migrate(argv: string[], given: CommandIo = consoleIo): Promise<number> {
  // Ids, kinds and file names come from the data: every line through the printer that shows control characters.
  const io = visibleIo(given);
  const options = parseOptions(argv);
  if ('exit' in options) return printExit(options, io);
  try {
    return await run(options, io);
  } catch (error) {
    io.errLines(describeCrash('migrate', error, options.debug));
    return 1;
  }
}

if (import.meta.main) process.exitCode = await migrate(process.argv.slice(2));
