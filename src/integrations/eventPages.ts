import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { batchId, eventPageBatches } from '../lib/eventPageBatches.ts';
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
 */
export function eventPages(): AstroIntegration {
  return {
    name: 'event-pages',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { [STATIC_BUILD]: JSON.stringify(command === 'build') } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const ids = await eventIds(out);
        const batches = eventPageBatches(ids.length);
        let count = 0;
        for (const { params } of editionPaths()) {
          // Astro names an edition's folder after its `[...locale]` parameter, as every page of it.
          const folder = join(out, params.locale ?? '', 'events');
          for (const [n, indices] of batches.entries()) {
            const batch = join(folder, batchId(n));
            const pages = splitPages(await readFile(join(batch, 'index.html')), indices.length);
            let next = 0;
            if (n === 0) {
              const alone = await readFile(join(folder, ids[0]!, 'index.html'));
              if (!pages[0]!.equals(alone) || !pages[1]!.equals(alone)) {
                throw new Error(`event-pages: ${join(params.locale ?? '', 'events', ids[0]!)}/index.html as rendered in a batch differs from Astro's page of it alone; src/lib/splitPages.ts no longer matches the layout (src/layouts/Base.astro)`);
              }
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
        logger.info(`${count} event pages split from their batches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
