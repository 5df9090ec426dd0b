import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '../../..');
// Inside the project, as the tests' builds are (tests/helpers/buildSite.ts): Astro puts a build's
// server chunks in `<outDir>/.prerender/` only when outDir lies inside the working folder, and
// otherwise in the project's `.astro/`, where two builds at once overwrite each other's.
const BUILDS = join(ROOT, 'node_modules/.cache/bench-builds');

/** A finished build: where it is (the caller removes it), how long it took and the most memory it held. */
export interface BuiltSite {
  outDir: string;
  seconds: number;
  peakMemoryBytes: number;
}

/** Builds the site from another events file and seeds folder, with output and cache folders of its own. */
export async function buildSite(paths: { data: string; seeds: string }): Promise<BuiltSite> {
  await mkdir(BUILDS, { recursive: true });
  const outDir = await mkdtemp(join(BUILDS, 'site-'));
  const cacheDir = `${outDir}.cache`;
  const started = performance.now();
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/io/astroBuild.ts'), outDir, cacheDir], {
      cwd: ROOT,
      env: { ...process.env, TIMELINE_DATA: paths.data, TIMELINE_SEEDS: paths.seeds },
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = (performance.now() - started) / 1000;
    const { peakMemoryBytes } = JSON.parse(stdout.trim().split('\n').at(-1)!) as { peakMemoryBytes: number };
    return { outDir, seconds, peakMemoryBytes };
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}
