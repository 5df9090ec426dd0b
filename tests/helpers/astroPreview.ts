import { spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/**
 * Serves a built site with `astro preview` on 127.0.0.1 at a free port, as a maintainer would
 * check a build; resolves with its origin and how to stop it. `--ignore-lock` keeps it in the
 * foreground and out of Astro's one-preview-per-project lock, so test files never meet.
 */
export async function astroPreview(outDir: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--ignore-lock', '--outDir', outDir, '--host', '127.0.0.1', '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let output = '';
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro preview did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      const url = /http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (url) {
        clearTimeout(timer);
        resolve(url[0]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`astro preview exited (${code}):\n${output}`)));
  });
  return {
    origin,
    close: async () => {
      child.kill();
      await exited;
    },
  };
}
