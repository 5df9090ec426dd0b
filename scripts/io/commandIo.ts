import { showControlCharacters } from '../../src/lib/showControlCharacters.ts';

/** Where a command prints, one line per call: the console when run from the shell, a buffer when a test calls it. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleIo: CommandIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/** A command's printer: lines through showControlCharacters, and text of several lines that the command wrote itself. */
export interface CommandPrinter extends CommandIo {
  /** Prints text the command wrote (usage, a stack trace) line by line, each line shown as `err` shows it. */
  errLines: (text: string) => void;
  outLines: (text: string) => void;
}

/**
 * The one way a command prints: every line through showControlCharacters, since file names,
 * ids and values in messages come from the data. Commands wrap whatever io they are given.
 * @example visibleIo(consoleIo).err('seeds/\u001b[2J.txt') // prints seeds/\u001B[2J.txt
 */
export function visibleIo(io: CommandIo): CommandPrinter {
  const out = (line: string) => io.out(showControlCharacters(line));
  const err = (line: string) => io.err(showControlCharacters(line));
  return {
    out,
    err,
    outLines: (text) => text.split('\n').forEach(out),
    errLines: (text) => text.split('\n').forEach(err),
  };
}

/**
 * The one line printed for an error that is not a problem in the data (a bug, a failing disk):
 * its message, and its stack only when asked for with --debug.
 */
export function describeCrash(command: string, error: unknown, debug: boolean): string {
  const e = error instanceof Error ? error : new Error(String(error));
  return `${command} failed: ${e.message}${debug ? `\n${e.stack}` : ' (run with --debug for details)'}`;
}
