import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { batchId, eventPageBatches } from '../lib/eventPageBatches.ts';
import { linkStyleSheet } from '../lib/linkStyleSheet.ts';
import { sortEvents } from '../lib/serializeEventsFile.ts';
import { splitPages } from '../lib/splitPages.ts';
import { editionPaths } from '../i18n/editionPaths.ts';

/** Pages written at once: enough to keep the disk busy, few enough that little waits in memory. */
const AT_ONCE = 16;

/**
 * Set for the pages' code: true in `astro build`, false in the dev server. The event pages render
 * in batches in a build, and getTimeline reads the data once. (import.meta.env.DEV cannot tell:
 * a build run with NODE_ENV=test, as the tests' builds are, has it true.)
 */
export const STATIC_BUILD = 'import.meta.env.STATIC_BUILD';

/**
 * The ids of the built site's events in getTimeline's order: the public events file holds the
 * same events. Apart, so that the parsed file (some 100 MB at 25,000 events) is let go of before
 * the pages are split, not held to the end of the hook.
 */
async function eventIds(out: string): Promise<string[]> {
  const { events } = JSON.parse(await readFile(join(out, 'events.json'), 'utf8')) as { events: { id: string; date: string }[] };
  return sortEvents(events).map((e) => e.id);
}

/**
 * After a build, splits the event pages' batches (see src/pages/[...locale]/events/[id].astro)
 * into one `events/<id>/index.html` per event and edition, a batch at a time, and removes the
 * batches. Each edition's first event is checked first: Astro rendered its page alone, and the
 * batch's two copies of it must come out byte for byte the same, or the build stops.
 * The style sheet Astro inlines in every page's head (some 13.5 KB, the same on every event
 * page) is written once, as a file named by its hash, and each event page links to it: a
 * 25,000-event archive's 75,000 event pages wrote it 1 GB over.
 */
export function eventPages(): AstroIntegration {
  let base = '/';
  let assets = '_astro';
  return {
    name: 'event-pages',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { [STATIC_BUILD]: JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
        assets = config.build.assets;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const ids = await eventIds(out);
        const batches = eventPageBatches(ids.length);
        const sheets = new Map<string, Buffer>();
        const hrefOf = (css: Buffer) => {
          const name = `event-page.${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`;
          if (!sheets.has(name)) sheets.set(name, Buffer.from(css));
          return `${base}${assets}/${name}`;
        };
        let count = 0;
        for (const { params } of editionPaths()) {
          // Astro names an edition's folder after its `[...locale]` parameter, as every page of it.
          const folder = join(out, params.locale ?? '', 'events');
          for (const [n, indices] of batches.entries()) {
            const batch = join(folder, batchId(n));
            const pages = splitPages(linkStyleSheet(await readFile(join(batch, 'index.html')), hrefOf).html, indices.length);
            let next = 0;
            if (n === 0) {
              const alone = linkStyleSheet(await readFile(join(folder, ids[0]!, 'index.html')), hrefOf).html;
              if (!pages[0]!.equals(alone) || !pages[1]!.equals(alone)) {
                throw new Error(`event-pages: ${join(params.locale ?? '', 'events', ids[0]!)}/index.html as rendered in a batch differs from Astro's page of it alone; src/lib/splitPages.ts no longer matches the layout (src/layouts/Base.astro)`);
              }
              await writeFile(join(folder, ids[0]!, 'index.html'), alone);
              next = 2;
            }
            const worker = async () => {
              for (let i = next++; i < pages.length; i = next++) {
                const page = join(folder, ids[indices[i]!]!);
                await mkdir(page, { recursive: true });
                await writeFile(join(page, 'index.html'), pages[i]!);
                count++;
              }
            };
            await Promise.all(Array.from({ length: AT_ONCE }, worker));
            await rm(batch, { recursive: true });
          }
        }
        await mkdir(join(out, assets), { recursive: true });
        for (const [name, css] of sheets) await writeFile(join(out, assets, name), css);
        logger.info(`${count} event pages split from their batches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
