/** Where a command prints: the console when run from the shell, a buffer when a test calls it. */
export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

export const consoleIo: CommandIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
};

/**
 * The one line printed for an error that is not a problem in the data (a bug, a failing disk):
 * its message, and its stack only when asked for with --debug.
 */
export function describeCrash(command: string, error: unknown, debug: boolean): string {
  const e = error instanceof Error ? error : new Error(String(error));
  return `${command} failed: ${e.message}${debug ? `\n${e.stack}` : ' (run with --debug for details)'}`;
}
