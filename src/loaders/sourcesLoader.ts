import type { Loader } from 'astro/loaders';
import { SourceEntry } from '../lib/sourceEntry.ts';
import { readValidatedData, type TimelinePaths } from './readValidatedData.ts';

/**
 * Loads every article in seeds/ with its text and what is known of it: front matter first,
 * then the `sources` metadata of data/events.json (an inferred publication day, an outlet).
 */
export function sourcesLoader(paths: TimelinePaths): Loader {
  return {
    name: 'sources-loader',
    schema: SourceEntry,
    async load({ store, parseData, watcher }) {
      const { file, articles } = await readValidatedData(paths, Boolean(watcher));
      store.clear();
      for (const article of articles.values()) {
        const listed = file.sources.find((s) => s.file === article.name);
        const data = {
          file: article.name,
          ...listed,
          ...article.meta,
          publishedInferred: article.meta.published ? false : (listed?.publishedInferred ?? false),
          body: article.body,
        };
        store.set({ id: article.name, data: await parseData({ id: article.name, data }) });
      }
    },
  };
}
