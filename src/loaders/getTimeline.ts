import type { Citation, Event } from '../lib/eventSchema.ts';
import { quoteFinder, type Passage } from '../lib/findQuote.ts';
import { passagesBySource } from '../lib/passagesBySource.ts';
import type { CitedPassage } from '../lib/markPassages.ts';
import { publishedBySource } from '../lib/publishedBySource.ts';
import { sortEvents } from '../lib/serializeEventsFile.ts';
import { sourceEntries } from '../lib/sourceEntries.ts';
import type { SourceEntry } from '../lib/sourceEntry.ts';
import { readValidatedData } from './readValidatedData.ts';
import { releaseAfterPages } from './releaseAfterPages.ts';
import { TIMELINE_PATHS } from './timelinePaths.ts';

/** Everything pages need, read once per build. */
export interface Timeline {
  /** Events in timeline order. */
  events: Event[];
  /** Articles by file name, in file-name order. */
  sources: Map<string, SourceEntry>;
  /** Publication day of each source whose day is known. */
  published: Map<string, string>;
  /** Where a citation's quote stands in its article (checked at load, so always found). */
  passageOf: (citation: Citation) => Passage;
  /**
   * The passages each article is cited for (passagesBySource), worked out once for all the
   * source pages: each page working it out again made a build grow with articles × events.
   */
  citedPassages: () => Map<string, CitedPassage[]>;
  /** Each event's position in `events`, by id. */
  eventIndex: () => Map<string, number>;
}

let loaded: Promise<Timeline> | undefined;

async function load(fresh: boolean): Promise<Timeline> {
  const { file, articles } = await readValidatedData(TIMELINE_PATHS, fresh);
  const events = sortEvents(file.events);
  const entries = sourceEntries(file.sources, articles.values());
  const sources = new Map(entries.map((s) => [s.file, s]));
  // Every quote the events cite is found here, one article at a time, and each article's finder
  // (a copy of its text and four bytes of offsets per character) is
  // let go at once, instead of all of them being held for the whole build.
  const key = (citation: Citation) => `${citation.source}\n${citation.quote}`;
  const quotesBySource = new Map<string, Citation[]>();
  for (const event of events) {
    for (const citation of [...event.citations, ...event.figures.map((f) => f.citation), ...event.claims.map((c) => c.citation)]) {
      let quotes = quotesBySource.get(citation.source);
      if (!quotes) quotesBySource.set(citation.source, (quotes = []));
      quotes.push(citation);
    }
  }
  const cache = new Map<string, Passage>();
  const find = (source: string, citations: readonly Citation[]) => {
    const body = sources.get(source)?.body;
    const finder = body === undefined ? undefined : quoteFinder(body);
    for (const citation of citations) {
      if (cache.has(key(citation))) continue;
      const passage = finder?.(citation.quote);
      if (!passage) throw new Error(`quote not found in ${citation.source}: ${citation.quote}`);
      cache.set(key(citation), passage);
    }
  };
  for (const [source, citations] of quotesBySource) find(source, citations);
  // Pages ask for the same citation objects again and again (every edition, export and list):
  // held by object, a lookup no longer builds and hashes a key of the whole quote.
  const byCitation = new WeakMap<Citation, Passage>();
  const passageOf = (citation: Citation) => {
    let passage = byCitation.get(citation);
    if (!passage) {
      if (!cache.has(key(citation))) find(citation.source, [citation]);
      passage = cache.get(key(citation))!;
      byCitation.set(citation, passage);
    }
    return passage;
  };
  let cited: Map<string, CitedPassage[]> | undefined;
  const citedPassages = () => (cited ??= passagesBySource(events, passageOf));
  let index: Map<string, number> | undefined;
  const eventIndex = () => (index ??= new Map(events.map((e, i) => [e.id, i])));
  return { events, sources, published: publishedBySource(entries), passageOf, citedPassages, eventIndex };
}

/**
 * The second stage of the site's data: what pages render, built from the checked data of
 * `readValidatedData` and shared by every page of a build.
 *
 * Read here, at render time, rather than through Astro's content collections: a collection's
 * store is bundled into the server code as one JSON string (13.5 MB at 25,000 events), and
 * bundling it took the build past 1 GB before any page was rendered. The events and articles
 * were also checked twice over (the loaders, then Astro's schema), and held twice (the loaders'
 * copy and the store's).
 */
export function getTimeline(): Promise<Timeline> {
  // The dev server reloads data on every request; a build reads it once (STATIC_BUILD is set by
  // src/integrations/eventPages.ts; DEV is true in a build run with NODE_ENV=test).
  if (import.meta.env.STATIC_BUILD !== true) return load(true);
  if (!loaded) {
    loaded = load(false);
    releaseAfterPages(() => {
      loaded = undefined;
    });
  }
  return loaded;
}
