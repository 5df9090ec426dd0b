import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { SpooledList } from '../loaders/spoolList.ts';

/** Parts are gathered into writes of about this many characters. */
const WRITE_CHARS = 1 << 20;

/**
 * Writes `page` to `file` with each list's parts in place of its marker, a write of about a
 * megabyte at a time: to a file beside it, moved over it once complete, so that a failure leaves
 * the page as it was. Each marker must stand in the page exactly once.
 */
export async function writeWithLists(file: string, page: string, lists: SpooledList[]): Promise<void> {
  const at = lists.map((list) => ({ list, index: page.indexOf(list.marker) })).sort((a, b) => a.index - b.index);
  for (const { list, index } of at) {
    if (index < 0 || page.indexOf(list.marker, index + 1) >= 0) throw new Error(`spooled-lists: ${file} holds ${index < 0 ? 'no' : 'more than one'} ${list.marker}`);
  }
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  let pending = '';
  const write = async (text: string, flush = false) => {
    pending += text;
    if (pending.length < WRITE_CHARS && !flush) return;
    const ready = out.write(pending);
    pending = '';
    if (!ready) await Promise.race([once(out, 'drain'), failed]);
  };
  try {
    let from = 0;
    for (const { list, index } of at) {
      await write(page.slice(from, index));
      for (const part of list.parts()) await write(part);
      from = index + list.marker.length;
    }
    await write(page.slice(from), true);
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
    await rename(partial, file);
  } catch (error) {
    out.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

