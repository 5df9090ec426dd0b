import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../..');

/** Builds the site from other data into a fresh temporary folder; resolves with that folder. */
export async function buildSiteWith(paths: { data: string; seeds: string }): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'timeline-site-'));
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, TIMELINE_DATA: paths.data, TIMELINE_SEEDS: paths.seeds },
    maxBuffer: 64 * 1024 * 1024,
  });
  return outDir;
}
