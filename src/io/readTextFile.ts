import { constants, type Stats } from 'node:fs';
import { open, readlink, type FileHandle } from 'node:fs/promises';
import { decodeText } from '../lib/decodeText.ts';
import type { Problem } from '../lib/problem.ts';

export interface ReadTextOptions {
  /** Path of the file as it should appear in messages. */
  shown: string;
  /** Larger files are refused, with a problem naming the limit. */
  maxBytes: number;
  /** What the file should be, for "expected …", e.g. `an events file`. */
  what: string;
}

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1).replace(/\.0$/, '')} MB`;

// O_NOFOLLOW: a symbolic link is refused by the open itself, so nothing can swap a link in
// between a check and the read. O_NONBLOCK: opening a FIFO returns at once instead of waiting
// for a writer; it is then refused for not being a regular file, unread.
const FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** What a non-regular file is, in a reader's words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'something other than a file';
}

const NOT_A_FILE_HINT = 'only regular files are read: links, devices and pipes could make the build publish or wait on something outside the project; put the text itself here';

// Reads ask for whole 64 KiB blocks: some kernel files (/proc/self/pagemap) refuse other sizes.
const BLOCK = 64 * 1024;

/**
 * Reads at most `limit` bytes; `undefined` when the file holds more, however large `stat` said it
 * was. The buffer starts at the size `stat` gave (`expected`) and grows only when the file holds
 * more: a build reads thousands of articles, and a buffer of the full limit for each was gigabytes
 * of zeroed memory for the collector to reclaim.
 */
async function readAtMost(handle: FileHandle, limit: number, expected: number): Promise<Uint8Array | undefined> {
  let buffer = new Uint8Array(Math.min(expected, limit) + BLOCK);
  let length = 0;
  for (;;) {
    if (buffer.length < length + BLOCK) {
      const larger = new Uint8Array(Math.min(buffer.length * 2, limit + BLOCK));
      larger.set(buffer.subarray(0, length));
      buffer = larger;
    }
    const { bytesRead } = await handle.read(buffer, length, BLOCK, null);
    if (bytesRead === 0) return buffer.subarray(0, length);
    length += bytesRead;
    if (length > limit) return undefined;
  }
}

/**
 * Reads a UTF-8 text file, or returns why it cannot be read as one: missing, not a regular file
 * (a folder, a symbolic link, a device, a FIFO, a socket), too large, not UTF-8. The size limit
 * counts the bytes actually read, since `stat` says 0 for devices and /proc files. A missing file
 * gives `missing: true` so that callers may treat it as empty.
 */
export async function readTextFile(path: string, options: ReadTextOptions): Promise<{ text?: string; missing?: boolean; problem?: Problem }> {
  const { shown: file, maxBytes, what } = options;
  const notAFile = (found: string): { problem: Problem } => ({
    problem: { code: found === 'a folder' ? 'no-file' : 'not-a-file', file, message: `expected ${what}, found ${found}`, ...(found === 'a folder' ? {} : { hint: NOT_A_FILE_HINT }) },
  });
  let handle;
  try {
    handle = await open(path, FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { missing: true, problem: { code: 'no-file', file, message: `expected ${what}, found no file` } };
    if (code === 'EISDIR') return notAFile('a folder');
    if (code === 'ELOOP' || code === 'EMLINK') {
      const target = await readlink(path).catch(() => undefined);
      return notAFile(target === undefined ? 'a symbolic link' : `a symbolic link to ${target}`);
    }
    // Opening a socket fails with ENXIO; the message is clearer than the code.
    if (code === 'ENXIO') return notAFile('a socket');
    return { problem: { code: 'unreadable', file, message: `expected ${what} that can be read, found ${code ?? 'an error'}` } };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return notAFile(kindOf(stats));
    const tooLarge = (found: string): { problem: Problem } => ({
      problem: {
        code: 'too-large',
        file,
        message: `expected ${what} of at most ${megabytes(maxBytes)}, found ${found}`,
        hint: 'check that this is the right file; the limit keeps every check fast',
      },
    });
    // A file that says it is too large is refused unread.
    if (stats.size > maxBytes) return tooLarge(megabytes(stats.size));
    const bytes = await readAtMost(handle, maxBytes, stats.size);
    if (!bytes) return tooLarge(`more than ${megabytes(maxBytes)}`);
    const { text, problem } = decodeText(file, bytes);
    return problem ? { problem } : { text: text! };
  } finally {
    await handle.close();
  }
}
