import { parseFeed } from '@rowanmanning/feed-parser';
import { Feed } from 'feed';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { eventsFeed, eventsFeedParts, feedFields } from '../../src/lib/exports/eventsFeed.ts';
import { generatedInput, input } from '../helpers/exportInput.ts';
import { strictXmlErrors } from '../helpers/strictXml.ts';

const options = {
  title: 'Test',
  description: 'Test feed',
  home: 'https://example.org/',
  self: 'https://example.org/feed.xml',
  rights: 'CC BY 4.0',
  locale: 'en-GB',
};

afterEach(() => {
  vi.useRealTimers();
});

describe('eventsFeed', () => {
  test('lists events newest first, each linking to its page, with its markup escaped', () => {
    const atom = eventsFeed(input(), options);
    const feed = parseFeed(atom);
    expect(feed.items.map((i) => i.url)).toEqual([
      'https://example.org/events/2025-12-24-nasty/',
      'https://example.org/events/2025-12-22-talks/',
      'https://example.org/events/2025-07-fighting/',
    ]);
    expect(feed.items[0]!.title).toBe('Shelling "near" the <script>alert(1)</script> temple, again');
    expect(atom).not.toMatch(/<script|<b>/);
    expect(atom).toContain('and &lt;script&gt;x()&lt;/script&gt;</p></blockquote>');
  });

  test('dates the feed and each entry from the articles, not the clock', () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T12:34:56Z') });
    const first = eventsFeed(input(), options);
    vi.setSystemTime(new Date('2031-06-01T01:02:03Z'));
    expect(eventsFeed(input(), options)).toBe(first);
    const feed = parseFeed(first);
    expect(feed.updated?.toISOString()).toBe('2025-12-25T00:00:00.000Z');
    expect(feed.items.map((i) => i.updated?.toISOString())).toEqual(['2025-12-25T00:00:00.000Z', '2025-12-25T00:00:00.000Z', '2025-12-24T00:00:00.000Z']);
  });

  test('gives each entry its kind and its type as categories, each in its own scheme', () => {
    const feed = parseFeed(eventsFeed(input(), options));
    expect(feed.items.map((i) => i.categories.map((c) => [c.term, c.label, c.url]))).toEqual([
      [['fighting', 'Fighting', 'https://example.org/data/#kinds'], ['armed-clash', 'Armed clash', 'https://example.org/data/#types']],
      [['talks', 'Talks and meetings', 'https://example.org/data/#kinds']],
      [['fighting', 'Fighting', 'https://example.org/data/#kinds']],
    ]);
  });

  test('written a few hundred entries at a time, gives the bytes of the whole feed, well-formed for a strict parser', () => {
    const archive = generatedInput(300);
    const { feed, items } = feedFields(archive, options);
    const whole = new Feed(feed);
    for (const item of items()) whole.addItem(item);
    // The head, two parts of 250 and 54 entries, the end.
    const parts = [...eventsFeedParts(archive, options)];
    expect(parts.map((part) => part.split('<entry>').length - 1)).toEqual([0, 250, 54, 0]);
    const atom = parts.join('');
    expect(atom).toBe(whole.atom1());
    expect(strictXmlErrors(atom)).toEqual([]);
    expect(parseFeed(atom).items).toHaveLength(archive.events.length);
    expect([...eventsFeedParts(archive, options, 7)].join('')).toBe(atom);
  }, 30_000);
});
