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
      // By name, once: a find per article grew with articles² (3,125 of them at 25,000 events).
      const sources = new Map<string, (typeof file.sources)[number]>();
      for (const s of file.sources) if (!sources.has(s.file)) sources.set(s.file, s);
      for (const article of articles.values()) {
        const listed = sources.get(article.name);
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
