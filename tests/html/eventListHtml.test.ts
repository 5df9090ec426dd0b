import { parseHTML } from 'linkedom';
import { describe, expect, test, vi } from 'vitest';
import type { Citation, Event } from '../../src/lib/eventSchema.ts';
import { eventCardHtml } from '../../src/lib/html/eventCardHtml.ts';
import { eventListHtml } from '../../src/lib/html/eventListHtml.ts';
import { REST_MARK } from '../../src/lib/html/eventListParts.ts';
import type { SourceEntry } from '../../src/lib/sourceEntry.ts';
import { LOCALES } from '../../src/i18n/locales.ts';

// Astro's i18n routing is a virtual module of a build; here an edition's paths are its prefix.
vi.mock('astro:i18n', () => ({ getRelativeLocaleUrl: (locale: string, path: string) => `/${locale === 'en' ? '' : `${locale}/`}${path}` }));

// Markup, script, quotes and an ampersand in every field the list writes, each variant naming
// its field, so that a failure says which way in was left open.
const hostile = (field: string) => `${field} <script>window.x='${field}'</script><img src=x onerror="alert('${field}')"><xss-probe>${field}</xss-probe> & "q" 'a'`;
const FILE = `a'b&c".txt`;
const cite = (quote: string): Citation => ({ source: FILE, quote });
const event = (id: string, date: string, title = hostile('title')): Event =>
  ({
    id,
    date,
    kind: 'fighting',
    status: 'claimed',
    approximate: true,
    title,
    summary: hostile('summary'),
    places: [{ name: hostile('place'), admin1: hostile('province'), country: hostile('country') }],
    actors: [hostile('actor')],
    figures: [{ measure: 'killed', unit: 'people', min: 3, qualifier: 'at-least', text: hostile('figure'), citation: cite(hostile('figure quote')) }],
    claims: [{ about: 'brokered-by', values: [hostile('claim')], citation: cite(hostile('claim quote')) }],
    citations: [cite(hostile('quote'))],
  }) as unknown as Event;
const source: SourceEntry = { file: FILE, title: hostile('article title'), outlet: hostile('outlet'), url: `https://example.org/?a="b"&c=<d>`, published: '2025-12-02', publishedInferred: true, body: '' };
const timeline = {
  sources: new Map([[FILE, source]]),
  published: new Map([[FILE, '2025-12-02']]),
  passageOf: () => ({ start: 3, end: 9 }),
};
const events = [event(`e-1"><script>`, '2025-11-30'), event('e-2', '2025-12-01'), event('e-3', '2025-12-02')];
const FIELDS = ['title', 'summary', 'place', 'actor', 'figure', 'claim', 'quote', 'outlet'];
const parse = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document;

describe.each(LOCALES)('eventListHtml in the %s edition', (locale) => {
  const html = eventListHtml(events, timeline, locale, { targetSelf: true });
  const document = parse(html);

  test('writes no element from the data: no script, image or unknown tag', () => {
    expect(document.querySelectorAll('script, img, xss-probe')).toHaveLength(0);
    expect(html).not.toMatch(/<(script|img|xss-probe)\b/);
  });

  test('shows every field as text, character for character', () => {
    const text = document.body.textContent;
    for (const field of FIELDS.filter((f) => locale === 'en' || !['title', 'summary'].includes(f))) expect(text, field).toContain(hostile(field));
  });

  test('gives attributes back as the data has them, quotes and ampersands included', () => {
    const items = [...document.querySelectorAll('li.event-item')];
    expect(items.map((li) => li.getAttribute('data-id'))).toEqual(events.map((e) => e.id));
    expect(items[0]!.id).toBe(`event-${events[0]!.id}`);
    expect(items[0]!.getAttribute('data-actors')).toBe(hostile('actor'));
    expect(items[0]!.getAttribute('data-sources')).toBe(FILE);
    expect(items[0]!.hasAttribute('data-approximate')).toBe(true);
    expect(document.querySelector('blockquote')!.getAttribute('cite')).toBe(source.url);
    expect(items[1]!.querySelector('a[rel=prev]')!.getAttribute('href')).toBe(`#event-${events[0]!.id}`);
  });

  test('groups the entries by month, each with its neighbours linked in the list’s order', () => {
    expect([...document.querySelectorAll('li.month')].map((m) => [m.getAttribute('data-month'), m.querySelectorAll('li.event-item').length])).toEqual([
      ['2025-11', 1],
      ['2025-12', 2],
    ]);
    const nav = [...document.querySelectorAll('.story-nav')].map((p) => [...p.querySelectorAll('a')].map((a) => a.getAttribute('rel')));
    expect(nav).toEqual([['next'], ['prev', 'next'], ['prev']]);
    expect([...document.querySelectorAll('.story-line')].every((a) => a.getAttribute('target') === '_self')).toBe(true);
  });

  // A <details> is parsed with a shadow tree of its own: at 2,000 events a fifth of the page's work.
  test('shows each entry’s quotes under a line that counts them, folded in no <details>', () => {
    expect(document.querySelectorAll('details, summary')).toHaveLength(0);
    for (const item of document.querySelectorAll('li.event-item')) {
      expect(item.querySelector('.sources > .sources-heading')!.textContent).not.toBe('');
      expect(item.querySelectorAll('.sources .citation blockquote')).toHaveLength(1);
    }
  });
});

describe.each(LOCALES)('eventListHtml in the %s edition with its first entries only as markup (firstEntries)', (locale) => {
  const whole = eventListHtml(events, timeline, locale, { targetSelf: false });
  const html = eventListHtml(events, timeline, locale, { targetSelf: false, firstEntries: 2 });
  // What a reader without script gets: the noscript's content as markup.
  const document = parse(html);
  const entries = (d: Document) => [...d.querySelectorAll('li.event-item')].map((li) => li.outerHTML);

  test('gives a reader without script every entry, as the whole list writes it but for the data the JSON holds, and each month’s heading once', () => {
    const expected = parse(whole);
    // The rest's entries keep their id and gap (the list's own); the timeline's data is in the JSON.
    for (const li of [...expected.querySelectorAll('li.event-item')].slice(2)) {
      for (const name of li.getAttributeNames()) if (name.startsWith('data-') && !['data-id', 'data-gap'].includes(name)) li.removeAttribute(name);
    }
    expect(entries(document)).toEqual(entries(expected));
    expect(document.querySelectorAll('li.event-item')[2]!.getAttributeNames()).toEqual(['class', 'id', 'data-id', 'data-gap']);
    expect([...document.querySelectorAll('.month-heading')].map((h) => h.textContent)).toEqual([...parse(whole).querySelectorAll('.month-heading')].map((h) => h.textContent));
    expect(document.querySelectorAll('#event-list li.event-item')).toHaveLength(2);
  });

  test('leaves the rest in one noscript that no text of the data can close, in parts that each parse alone', () => {
    expect(html.match(/<\/noscript/gi)).toHaveLength(1);
    const text = /<noscript data-rest-of="event-list">([\s\S]*)<\/noscript>/.exec(html)![1]!;
    const parts = text.split(REST_MARK).slice(1, -1);
    expect(parts).toHaveLength(1);
    const part = parse(`<ol>${parts[0]}</ol>`);
    // The third event is in the month the first list ends with: its month goes on, without its heading.
    expect([...part.querySelectorAll('ol > li.month')].map((m) => [m.getAttribute('data-month'), m.querySelectorAll('.month-heading').length])).toEqual([['2025-12', 0]]);
    expect(part.querySelector('li.event-item')!.getAttribute('data-id')).toBe(events[2]!.id);
  });

  test('gives the timeline the rest’s events as JSON with no markup in it, each field as its entry’s attributes and title have it', () => {
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => [s.id, s.getAttribute('type')])).toEqual([['event-list-rest', 'application/json']]);
    expect(scripts[0]!.textContent).not.toContain('<');
    const records = JSON.parse(scripts[0]!.textContent!) as string[][];
    expect(records.map((r) => r[0])).toEqual([events[2]!.id]);
    // What readEvents would read of the entry (src/client/timeline/readEvents.ts).
    const li = parse(whole).querySelectorAll('li.event-item')[2]!;
    const attribute = (name: string) => li.getAttribute(`data-${name}`) ?? '';
    const read = [attribute('id'), attribute('date'), attribute('end'), li.hasAttribute('data-approximate') ? 1 : 0, attribute('kind'), attribute('status'), attribute('actors'), attribute('sources'), attribute('place'), li.querySelector('.event-title')!.textContent!.trim(), attribute('breaks')];
    expect(records[0]).toEqual(read);
    expect(read.slice(0, 4)).toEqual([events[2]!.id, '2025-12-02', '', 1]);
  });

  test('writes every entry as markup when there are no more than firstEntries', () => {
    expect(eventListHtml(events, timeline, locale, { targetSelf: false, firstEntries: 3 })).toBe(whole);
  });
});

test('eventCardHtml on an event’s own page writes a level-1 title, its quotes shown and the ACLED coding', () => {
  const document = parse(eventCardHtml(events[1]!, timeline, 'en', { level: 1, link: false }));
  expect(document.querySelector('h1.event-title span')!.textContent).toBe(hostile('title'));
  expect(document.querySelectorAll('details')).toHaveLength(0);
  expect(document.querySelector('.sources .citation blockquote')!.textContent).toBe(hostile('quote'));
  expect(document.querySelector('p.coding')).not.toBeNull();
  expect(document.querySelectorAll('script, img, xss-probe')).toHaveLength(0);
});

test('eventCardHtml names each place with its province and country once, in the edition’s words', () => {
  const places = [{ name: 'Thailand', country: 'Thailand', kind: 'country' }, { name: 'Chanthaburi', admin1: 'Chanthaburi', country: 'Thailand', kind: 'province' }];
  const shown = (locale: 'en' | 'th') => parse(eventCardHtml({ ...events[1]!, places } as Event, timeline, locale, { level: 1, link: false })).querySelector('.involved')!.textContent;
  expect(shown('en')).toContain('Where: Thailand; Chanthaburi, Thailand.');
  expect(shown('th')).toContain('ไทย; จันทบุรี, ไทย');
});
