import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFolder } from '../io/writeFolder.ts';
import { EventsFile } from '../lib/eventSchema.ts';
import { oembedJson } from '../lib/oembedJson.ts';
import { publishedBySource } from '../lib/publishedBySource.ts';
import { sitePath } from '../lib/urls.ts';
import { editionPaths } from '../i18n/editionPaths.ts';
import { embedEditionOf } from '../i18n/embedEditionOf.ts';
import { embedQuery } from '../i18n/embedQuery.ts';
import { eventOembedFiles } from '../i18n/eventOembedFiles.ts';
import { siteConfig } from '../siteConfig.ts';

/**
 * After a build, writes every event's oEmbed answer (/oembed/events/<id>.json in each edition)
 * straight from the built events.json, each edition's folder whole or not at all. As Astro
 * endpoints these were a quarter of a 25,000-event archive's build: 75,000 outputs, each paying
 * Astro's cost per route (request, render, response, folder, write). The dev server still serves
 * them from src/pages/[...locale]/oembed/events/[id].json.ts, through the same eventOembedFiles.
 */
export function eventOembeds(): AstroIntegration {
  let site: URL | undefined;
  return {
    name: 'event-oembeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        // The public events file is the site's data, already checked and in canonical form; the
        // schema fills the defaults that the canonical form leaves out.
        const file = EventsFile.parse(JSON.parse(await readFile(join(out, 'events.json'), 'utf8')));
        const published = publishedBySource(file.sources);
        let count = 0;
        for (const { params, props: { locale } } of editionPaths()) {
          // Astro names an edition's folder after its `[...locale]` parameter, as every page of it.
          const folder = params.locale ? `${params.locale}/` : '';
          const edition = embedEditionOf(locale, (path) => sitePath(`${folder}${path.slice(sitePath().length)}`));
          // These modules run outside Astro's (no i18n routing, no BASE_URL): the edition's
          // timeline answer, which Astro built, must read exactly as ours would, or the paths differ.
          const built = await readFile(join(out, folder, 'oembed/timeline.json'), 'utf8');
          if (built !== oembedJson(site, embedQuery(locale), undefined, edition)) {
            throw new Error(`event-oembeds: ${folder}oembed/timeline.json differs from what this integration would write for the ${locale} edition; its paths (site, base, edition folder) no longer agree with Astro's`);
          }
          count += await writeFolder(join(out, folder, 'oembed/events'), eventOembedFiles(site, { locale, edition }, file.events, published, siteConfig.parties));
        }
        logger.info(`${count} oEmbed answers of events written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
