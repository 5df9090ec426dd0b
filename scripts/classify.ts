// npm run classify -- IN.tsv OUT.tsv — labels news snippets with the extractor's own happening
// classifier, as the CASE 2021 shared task (task 2) labels them. See README "Classifying snippets".
import { relative } from 'node:path';
import { readTextFile } from '../src/io/readTextFile.ts';
import { formatProblem, sortProblems } from '../src/lib/problem.ts';
import { consoleIo, describeCrash, visibleIo, type CommandIo } from './io/commandIo.ts';
import { printExit, readCommandLine } from './io/readCommandLine.ts';
import { readLexicon } from './io/readLexicon.ts';
import { writeAtomic } from './io/writeAtomic.ts';
import { parseSnippets } from './lib/classify/parseSnippets.ts';
import { classifySnippet, compileHappenings } from './lib/extract/happenings/index.ts';

const USAGE = `usage: npm run classify -- IN.tsv OUT.tsv [--verbose]
  IN.tsv     one snippet a line: id<TAB>text (a header line and a third column are allowed)
  OUT.tsv    written as id<TAB>label, with the labels of the CASE 2021 task 2
  --verbose  also print each snippet's label and the words that decided it`;

// A snippet file holds at most a few thousand snippets; anything larger is likely the wrong file.
const MAX_BYTES = 50 * 2 ** 20;

/**
 * The command: reads the snippets, labels each, writes the labels atomically and returns the
 * exit code (0 done, 1 problems in the input or a crash, 2 bad arguments). Nothing is written
 * when the input has any problem.
 */
export async function classify(argv: string[], given: CommandIo = consoleIo): Promise<number> {
  // Ids and texts come from the input: every line goes through the printer that shows control characters.
  const io = visibleIo(given);
  const parsed = readCommandLine(
    argv,
    { verbose: { type: 'boolean', default: false }, help: { type: 'boolean', default: false }, debug: { type: 'boolean', default: false } },
    USAGE,
    { count: 2, expected: 'an input and an output file' },
  );
  if ('exit' in parsed) return printExit(parsed, io);
  const [input, output] = parsed.positionals as [string, string];
  const shown = (p: string) => relative(process.cwd(), p) || p;
  try {
    const started = performance.now();
    const { lexicon, problems: lexiconProblems } = await readLexicon(`${import.meta.dirname}/lexicon`);
    if (!lexicon) {
      for (const p of sortProblems(lexiconProblems)) io.err(formatProblem(p));
      io.err('');
      io.err(`${lexiconProblems.length} problem${lexiconProblems.length === 1 ? '' : 's'} in the lexicon; nothing was written.`);
      return 1;
    }
    const { text, problem } = await readTextFile(input, { shown: shown(input), maxBytes: MAX_BYTES, what: 'a file of snippets (id<TAB>text)' });
    if (problem) {
      io.err(formatProblem(problem));
      io.err('');
      io.err('nothing was written.');
      return 1;
    }
    const { snippets, problems } = parseSnippets(text!, shown(input));
    if (problems.length > 0) {
      for (const p of problems) io.err(formatProblem(p));
      io.err('');
      io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} in ${shown(input)}; nothing was written.`);
      return 1;
    }
    const rules = compileHappenings(lexicon.happenings, lexicon.ontology);
    const lines = ['id\tlabel'];
    for (const s of snippets) {
      const { label, happening } = classifySnippet(s.text, rules);
      lines.push(`${s.id}\t${label}`);
      if (parsed.values.verbose) io.out(`${s.id}\t${label}\t${happening ? `${happening.type} ← "${happening.trigger.text}" (${happening.rule})` : 'no happening'}`);
    }
    await writeAtomic(output, `${lines.join('\n')}\n`);
    io.out(`${snippets.length} snippets labelled in ${Math.round(performance.now() - started)} ms; wrote ${shown(output)}`);
    return 0;
  } catch (error) {
    io.errLines(describeCrash('classify', error, parsed.values.debug));
    return 1;
  }
}

if (import.meta.main) process.exitCode = await classify(process.argv.slice(2));
