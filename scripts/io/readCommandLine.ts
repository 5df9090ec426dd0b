import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** What a command does instead of running: print this (usage, or a mistake and usage), exit with this. */
export interface CommandExit {
  exit: number;
  print: string;
}

/** A mistake on the command line: the message, then the usage, and exit code 2. */
export const usageError = (message: string, usage: string): CommandExit => ({ exit: 2, print: `${message}\n${usage}` });

/**
 * Reads a command's options with Node's `parseArgs`, the same way for every command: an unknown
 * or malformed option is a usage error (exit 2), and `--help` prints the usage (exit 0). The
 * command checks its values further itself.
 * @example readCommandLine(['--help'], { help: { type: 'boolean' } }, 'usage: …') // { exit: 0, print: 'usage: …' }
 */
export function readCommandLine<const T extends ParseArgsOptionsConfig>(
  argv: string[],
  options: T,
  usage: string,
): { values: ReturnType<typeof parseArgs<{ args: string[]; options: T }>>['values'] } | CommandExit {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options }));
  } catch (error) {
    return usageError((error as Error).message, usage);
  }
  if ((values as { help?: boolean }).help) return { exit: 0, print: usage };
  return { values };
}
