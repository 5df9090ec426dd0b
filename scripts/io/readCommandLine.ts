import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { CommandPrinter } from './commandIo.ts';

/** What a command does instead of running: print this (usage, or a mistake and usage), exit with this. */
export interface CommandExit {
  exit: number;
  print: string;
}

/** A mistake on the command line: the message, then the usage, and exit code 2. */
export const usageError = (message: string, usage: string): CommandExit => ({ exit: 2, print: `${message}\n${usage}` });

/** Prints what a command does instead of running, usage to `out` and mistakes to `err`, and gives its exit code. */
export function printExit(exit: CommandExit, io: CommandPrinter): number {
  (exit.exit === 0 ? io.outLines : io.errLines)(exit.print);
  return exit.exit;
}

/**
 * Reads a command's options with Node's `parseArgs`, the same way for every command: an unknown
 * or malformed option is a usage error (exit 2), and `--help` prints the usage (exit 0). A
 * command that takes arguments says how many and what they are (`expected`, as in "expected
 * IN_DIR and OUT_DIR"); any other count is a usage error. The command checks its values further itself.
 * @example readCommandLine(['--help'], { help: { type: 'boolean' } }, 'usage: …') // { exit: 0, print: 'usage: …' }
 */
export function readCommandLine<const T extends ParseArgsOptionsConfig>(
  argv: string[],
  options: T,
  usage: string,
  args?: { count: number; expected: string },
): { values: ReturnType<typeof parseArgs<{ args: string[]; options: T }>>['values']; positionals: string[] } | CommandExit {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: args !== undefined });
  } catch (error) {
    return usageError((error as Error).message, usage);
  }
  const { values, positionals } = parsed;
  if ((values as { help?: boolean }).help) return { exit: 0, print: usage };
  if (args && positionals.length !== args.count) {
    return usageError(`expected ${args.expected}, found ${positionals.length} argument${positionals.length === 1 ? '' : 's'}`, usage);
  }
  return { values, positionals };
}
