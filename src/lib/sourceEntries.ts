import type { EventsFile } from './eventSchema.ts';
import type { Article } from './parseArticle.ts';
import { SourceEntry } from './sourceEntry.ts';

/**
 * Every article as the site shows it, in file-name order: its front matter first, then what the
 * events file's `sources` list adds (an inferred publication day, an outlet).
 * @example sourceEntries(file, articles)[0]?.file // '000_report.txt'
 */
export function sourceEntries(sources: EventsFile['sources'], articles: Iterable<Article>): SourceEntry[] {
  // By name, once: a find per article grew with articles² (3,125 of them at 25,000 events).
  const listed = new Map<string, EventsFile['sources'][number]>();
  for (const s of sources) if (!listed.has(s.file)) listed.set(s.file, s);
  const entries: SourceEntry[] = [];
  for (const article of articles) {
    const known = listed.get(article.name);
    entries.push(SourceEntry.parse({
      file: article.name,
      ...known,
      ...article.meta,
      publishedInferred: article.meta.published ? false : (known?.publishedInferred ?? false),
      body: article.body,
    }));
  }
  return entries.sort((a, b) => a.file.localeCompare(b.file));
}
