import type { ParseArgsOptionsConfig } from 'node:util';
import { readCommandLine } from './readCommandLine.ts';

/**
 * readCommandLine for a benchmark's top level: the options' values, or, for `--help` or a
 * mistake, the usage (to stdout for help, else stderr with the mistake first) and the process
 * exits (0 for help, 2 for a mistake) — never a stack trace for an unknown option.
 * @example const values = commandLineOrExit(process.argv.slice(2), { runs: { type: 'string', default: '3' }, help: { type: 'boolean' } }, USAGE);
 */
export function commandLineOrExit<const T extends ParseArgsOptionsConfig>(argv: string[], options: T, usage: string) {
  const read = readCommandLine(argv, options, usage);
  if ('exit' in read) {
    (read.exit === 0 ? console.log : console.error)(read.print);
    process.exit(read.exit);
  }
  return read.values;
}
