import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, hostingRules, nginxExample } from '../lib/hostingHeaders.ts';
import { TIMELINEJS_FILES, timelineJsFolder } from '../lib/timelineJsLibrary.ts';

/** The open data files, which pages on other sites may fetch. */
const SHARED_FILES = ['events.json', 'events.schema.json', 'events.csv', 'events.geojson', 'events.ics', 'feed.xml', 'timelinejs.json'];

/**
 * After a build, writes what a static host needs beside the pages: `_headers` and
 * `nginx.conf.example` (see src/lib/hostingHeaders.ts), and the copy of TimelineJS3 that the
 * /data/ page's snippet loads.
 */
export function hostingFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'hosting-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        const rules = hostingRules({
          base,
          pages: pages.map((page) => page.pathname),
          shared: SHARED_FILES,
          sharedFolders: ['oembed/', timelineJsFolder()],
        });
        const library = dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/package.json'));
        await Promise.all([
          writeFile(join(out, '_headers'), headersFile(rules)),
          writeFile(join(out, 'nginx.conf.example'), nginxExample(rules)),
          ...TIMELINEJS_FILES.map(async (file) => {
            const target = join(out, timelineJsFolder(), file);
            await mkdir(dirname(target), { recursive: true });
            await copyFile(join(library, 'dist', file), target);
          }),
        ]);
      },
    },
  };
}
