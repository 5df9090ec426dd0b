import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Files written at once: enough to keep the disk busy, few enough that the texts waiting stay small. */
const AT_ONCE = 16;

/**
 * Writes a folder of files so that it appears whole or not at all: the files go, as `files`
 * yields them (so only a few texts are in memory at a time), into a temporary folder beside
 * `folder`, which then replaces it in one rename. On an error the temporary folder is removed and
 * `folder` is left as it was. Each name must be a plain file name.
 * @example await writeFolder('dist/oembed/events', [{ name: 'a.json', text: '{}' }])
 */
export async function writeFolder(folder: string, files: Iterable<{ name: string; text: string }>): Promise<number> {
  const temp = join(dirname(folder), `.${basename(folder)}.${process.pid}.partial`);
  await rm(temp, { recursive: true, force: true });
  await mkdir(temp, { recursive: true });
  let written = 0;
  try {
    const iterator = files[Symbol.iterator]();
    const worker = async () => {
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const { name, text } = next.value;
        if (name !== basename(name) || name === '.' || name === '..') throw new Error(`not a plain file name: ${JSON.stringify(name)}`);
        await writeFile(join(temp, name), text, { flag: 'wx' });
        written++;
      }
    };
    // Every worker settles before the temporary folder is removed: with Promise.all, the first
    // failure ran the removal while other workers' writes were still landing in the folder, and
    // the removal's ENOTEMPTY then hid the failure (and could leave the folder behind).
    const settled = await Promise.allSettled(Array.from({ length: AT_ONCE }, worker));
    const failed = settled.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
    await rm(folder, { recursive: true, force: true });
    await rename(temp, folder);
    return written;
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
