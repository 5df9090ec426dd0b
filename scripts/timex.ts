// npm run timex -- IN_DIR OUT_DIR — tags the time expressions of TimeML documents with the
// extractor's own date reading. See README "Reading dates".
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblem, sortProblems, type Problem } from '../src/lib/problem.ts';
import { consoleIo, describeCrash, visibleIo, type CommandIo } from './io/commandIo.ts';
import { printExit, readCommandLine } from './io/readCommandLine.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import { readTimeml } from './lib/timeml/readTimeml.ts';
import { tagTimexes } from './lib/timeml/tagTimexes.ts';
import { writeTimeml } from './lib/timeml/writeTimeml.ts';

const USAGE = `usage: npm run timex -- IN_DIR OUT_DIR
  Reads every TimeML document in IN_DIR (*.tml, *.tml.TE3input) and writes OUT_DIR/<name>.tml:
  the same document with TEXT's own TIMEX3, EVENT, SIGNAL, TLINK and MAKEINSTANCE tags removed
  and a TIMEX3 around each time expression found. Nothing is written if any document is bad.
  --debug   print stack traces of unexpected errors`;

const INPUT = /\.tml(?:\.TE3input)?$/;

/** The command; returns the exit code (0 done, 1 bad input or a crash, 2 bad arguments). Never exits the process. */
export async function timex(argv: string[], given: CommandIo = consoleIo): Promise<number> {
  // Every line through showControlCharacters: file names and messages come from the documents.
  const io = visibleIo(given);
  const parsed = readCommandLine(argv, { debug: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } }, USAGE, { count: 2, expected: 'IN_DIR and OUT_DIR' });
  if ('exit' in parsed) return printExit(parsed, io);
  const [inDir, outDir] = parsed.positionals as [string, string];
  try {
    if (!(await stat(inDir).catch(() => undefined))?.isDirectory()) {
      io.err(`${inDir}  expected a folder of TimeML documents, found none [timeml-input]`);
      return 1;
    }
    const names = (await readdir(inDir)).filter((n) => INPUT.test(n)).sort();
    if (names.length === 0) {
      io.err(`${inDir}  expected TimeML documents (*.tml, *.tml.TE3input), found none [timeml-input]`);
      return 1;
    }
    const problems: Problem[] = [];
    const outputs: { file: string; text: string; count: number }[] = [];
    for (const name of names) {
      const file = join(inDir, name);
      const { document, problems: found } = readTimeml(file, await readFile(file, 'utf8'));
      problems.push(...found);
      if (!document) continue;
      const timexes = tagTimexes(document.text, document.dct);
      outputs.push({ file: join(outDir, name.replace(INPUT, '.tml')), text: writeTimeml(document, timexes), count: timexes.length });
    }
    if (problems.length > 0) {
      for (const p of sortProblems(problems)) io.err(formatProblem(p));
      io.err('');
      io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${inDir}; nothing was written.`);
      return 1;
    }
    await mkdir(outDir, { recursive: true });
    for (const { file, text } of outputs) await writeAtomic(file, text);
    io.out(`${outputs.length} documents → ${outDir}: ${outputs.reduce((n, o) => n + o.count, 0)} time expressions`);
    return 0;
  } catch (error) {
    io.errLines(describeCrash('timex', error, parsed.values.debug));
    return 1;
  }
}

if (import.meta.main) process.exitCode = await timex(process.argv.slice(2));
