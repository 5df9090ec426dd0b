// Vitest global setup: builds the site once so every site test reads the same dist/.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..');

export default async function buildSite() {
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
}
