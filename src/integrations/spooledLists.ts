import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeWithLists } from '../io/writeWithLists.ts';
import { pagesWritten } from '../loaders/releaseAfterPages.ts';
import { takeSpooledLists } from '../loaders/spoolList.ts';

/**
 * After a build, writes the lists that pages left out (spoolList) into their files, one page at
 * a time and a part at a time, so that a 25,000-event list is never held whole. Each page is
 * written beside its file and moved over it once complete. Runs before the other integrations'
 * hooks, so that the lists and the data the pages read once (releaseAfterPages) are let go of
 * before those run.
 */
export function spooledLists(): AstroIntegration {
  let base = '/';
  return {
    name: 'spooled-lists',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const pages = takeSpooledLists();
        for (const [pathname, lists] of pages) {
          // The page's path under the site's base, as the build wrote it (build.format 'directory').
          const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
          const file = path === '' || path.endsWith('/') ? join(out, path, 'index.html') : join(out, path);
          await writeWithLists(file, await readFile(file, 'utf8'), lists);
        }
        // Nothing renders after the lists: the data the pages read once is let go of.
        pagesWritten();
        if (pages.size > 0) logger.info(`lists of ${pages.size} pages written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
