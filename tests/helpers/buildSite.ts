import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BUILD_ZONE } from '../setup/zones.ts';

const ROOT = join(import.meta.dirname, '../..');

// Inside the project, where git does not look. Astro puts a build's server chunks in
// `<outDir>/.prerender/` only when outDir lies inside the working folder; otherwise they go to the
// project's `.astro/.prerender/`, which two builds at once then overwrite under each other
// (ERR_MODULE_NOT_FOUND … .astro/.prerender/chunks).
const BUILDS = join(ROOT, 'node_modules/.cache/site-tests');

/** The data a build reads; `data/events.json` and `seeds/` unless a test gives others. */
export interface SiteSources {
  data: string;
  seeds: string;
}

export const PROJECT_DATA: SiteSources = { data: 'data/events.json', seeds: 'seeds' };

/**
 * Builds the site into a fresh folder with a cache folder of its own, so builds running at once
 * share no file Astro writes; resolves with the output folder, which the caller removes.
 * The build runs under `zone` (America/Los_Angeles unless given) and without SITE_URL, so its
 * links are the config's default `http://127.0.0.1:4321/`.
 * @example await buildSite({ data: 'tests/fixtures/overlapping/events.json', seeds: 'tests/fixtures/overlapping/seeds' })
 */
export async function buildSite(sources: SiteSources = PROJECT_DATA, zone = BUILD_ZONE): Promise<string> {
  await mkdir(BUILDS, { recursive: true });
  const outDir = await mkdtemp(join(BUILDS, 'site-'));
  const cacheDir = `${outDir}.cache`;
  const { SITE_URL: _unset, ...env } = process.env;
  try {
    await promisify(execFile)(process.execPath, [join(ROOT, 'scripts/io/astroBuild.ts'), outDir, cacheDir], {
      cwd: ROOT,
      env: { ...env, TZ: zone, TIMELINE_DATA: sources.data, TIMELINE_SEEDS: sources.seeds },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
  return outDir;
}
