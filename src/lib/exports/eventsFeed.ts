import { Feed } from 'feed';
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

/**
 * The events as an Atom feed, newest first. Each entry's id and link are its event page; its
 * updated date is the latest publication day of the articles it cites, so dates come from the
 * data and rebuilds are byte-identical.
 * @example eventsFeed(input, { title: 'Border conflict', home: 'https://example.org/', … }) // '<?xml …><feed …>'
 */
export function eventsFeed(input: ExportInput, options: FeedOptions): string {
  const feed = new Feed({
    id: options.home,
    link: options.home,
    title: options.title,
    description: options.description,
    language: options.locale,
    updated: utcDay(dataUpdated(input.events, input.sources)),
    copyright: options.rights,
    feedLinks: { atom: options.self },
  });
  for (const event of [...input.events].sort(newestFirst)) {
    const url = input.eventUrl(event.id);
    feed.addItem({
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
    });
  }
  return feed.atom1();
}
