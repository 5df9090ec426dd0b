import { open } from 'node:fs/promises';
import { decodeText } from '../lib/decodeText.ts';
import type { Problem } from '../lib/problem.ts';

export interface ReadTextOptions {
  /** Path of the file as it should appear in messages. */
  shown: string;
  /** Larger files are refused unread, with a problem naming the limit. */
  maxBytes: number;
  /** What the file should be, for "expected …", e.g. `an events file`. */
  what: string;
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1).replace(/\.0$/, '')} MB`;

/**
 * Reads a UTF-8 text file, or returns why it cannot be read as one: missing, a folder, too
 * large, not UTF-8. A missing file gives `missing: true` so that callers may treat it as empty.
 */
export async function readTextFile(path: string, options: ReadTextOptions): Promise<{ text?: string; missing?: boolean; problem?: Problem }> {
  const { shown: file, maxBytes, what } = options;
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true, problem: { code: 'no-file', file, message: `expected ${what}, found no file` } };
    if (code === 'EISDIR') return { problem: { code: 'no-file', file, message: `expected ${what}, found a folder` } };
    return { problem: { code: 'unreadable', file, message: `expected ${what} that can be read, found ${code ?? 'an error'}` } };
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) return { problem: { code: 'no-file', file, message: `expected ${what}, found a folder` } };
    if (stats.size > maxBytes) {
      return {
        problem: {
          code: 'too-large',
          file,
          message: `expected ${what} of at most ${megabytes(maxBytes)}, found ${megabytes(stats.size)}`,
          hint: 'check that this is the right file; the limit keeps every check fast',
        },
      };
    }
    const { text, problem } = decodeText(file, await handle.readFile());
    return problem ? { problem } : { text: text! };
  } finally {
    await handle.close();
  }
}
