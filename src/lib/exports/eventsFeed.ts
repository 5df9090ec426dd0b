import { Feed, type FeedOptions as AtomOptions, type Item } from 'feed';
import type { Event } from '../eventSchema.ts';
import { escapeHtml } from '../escapeHtml.ts';
import { KIND_LABELS, TYPE_LABELS } from '../ontology.ts';
import { daySpan } from '../partialDate.ts';
import { dataUpdated } from './dataUpdated.ts';
import { eventHtml } from './eventHtml.ts';
import type { ExportInput } from './exportInput.ts';

export interface FeedOptions {
  title: string;
  description: string;
  /** Absolute URL of the site's home page; also the feed's id. */
  home: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Rights statement, e.g. the data licence. */
  rights: string;
  locale: string;
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** Newest first: by first day, latest first, then by id so equal days keep a fixed order. */
const newestFirst = (a: Event, b: Event) =>
  daySpan(b.date).first.localeCompare(daySpan(a.date).first) || a.id.localeCompare(b.id);

/** Entries rendered at once: the `feed` library builds an object tree and the text of each. */
const ENTRIES_AT_ONCE = 250;
const END = '\n</feed>';

/**
 * The feed's own fields and each entry's, newest first, as the `feed` library takes them. Each
 * entry's id and link are its event page; its updated date is the latest publication day of the
 * articles it cites, so dates come from the data and rebuilds are byte-identical.
 */
export function feedFields(input: ExportInput, options: FeedOptions): { feed: AtomOptions; items: () => Iterable<Item> } {
  const feed: AtomOptions = {
    id: options.home,
    link: options.home,
    title: options.title,
    description: options.description,
    language: options.locale,
    updated: utcDay(dataUpdated(input.events, input.sources)),
    copyright: options.rights,
    feedLinks: { atom: options.self },
  };
  function* items(): Iterable<Item> {
    for (const event of [...input.events].sort(newestFirst)) {
      const url = input.eventUrl(event.id);
      yield {
        id: url,
        link: url,
        // `feed` marks title and summary type="html", so they are escaped like the content.
        title: escapeHtml(event.title),
        description: escapeHtml(event.summary),
        content: eventHtml(event, input, options.locale),
        date: utcDay(dataUpdated([event], input.sources)),
        // The kind and the type as Atom categories; a type may share its id with a kind, so each
        // has its own scheme: the Data page's list of them.
        category: [
          { term: event.kind, name: KIND_LABELS[event.kind], scheme: new URL('data/#kinds', options.home).href },
          ...(event.type ? [{ term: event.type, name: TYPE_LABELS[event.type], scheme: new URL('data/#types', options.home).href }] : []),
        ],
      };
    }
  }
  return { feed, items };
}

/**
 * The events as an Atom feed, newest first, a part at a time: the feed's head, its entries a few
 * hundred at a time, its end. The `feed` library writes a whole feed only; each part is cut from
 * a feed of some of the entries, between the head every such feed shares and its end, so the
 * parts join to the bytes of the whole feed (every entry is written alike, at the same depth)
 * without its object tree and text for 25,000 entries at once.
 * @example [...eventsFeedParts(input, { title: 'Border conflict', home: 'https://example.org/', … })][0] // '<?xml …><feed …>…'
 */
export function* eventsFeedParts(input: ExportInput, options: FeedOptions, entriesAtOnce = ENTRIES_AT_ONCE): Generator<string> {
  const fields = feedFields(input, options);
  const empty = new Feed(fields.feed).atom1();
  if (!empty.endsWith(END)) throw new Error(`eventsFeed: the feed library's Atom feed no longer ends with ${JSON.stringify(END)}`);
  const head = empty.slice(0, -END.length);
  yield head;
  const some = (items: Item[]) => {
    const feed = new Feed(fields.feed);
    for (const item of items) feed.addItem(item);
    const text = feed.atom1();
    if (!text.startsWith(head) || !text.endsWith(END)) throw new Error('eventsFeed: a feed of some entries no longer begins with the head of a feed of none');
    return text.slice(head.length, -END.length);
  };
  let items: Item[] = [];
  for (const item of fields.items()) {
    items.push(item);
    if (items.length === entriesAtOnce) {
      yield some(items);
      items = [];
    }
  }
  if (items.length > 0) yield some(items);
  yield END;
}

/** The events as one Atom feed (see eventsFeedParts). @example eventsFeed(input, options) // '<?xml …><feed …>…</feed>' */
export const eventsFeed = (input: ExportInput, options: FeedOptions): string => [...eventsFeedParts(input, options)].join('');
