import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../../..');

/** Builds the site from another events file and seeds folder into `outDir`; resolves with the wall-clock seconds it took. */
export async function buildSite(paths: { data: string; seeds: string }, outDir: string): Promise<number> {
  const started = performance.now();
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, TIMELINE_DATA: paths.data, TIMELINE_SEEDS: paths.seeds },
    maxBuffer: 256 * 1024 * 1024,
  });
  return (performance.now() - started) / 1000;
}
