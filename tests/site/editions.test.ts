import { readdir, readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/messages/en.ts';
import { messagesFor } from '../../src/i18n/messagesFor.ts';
import { eventForm } from '../../src/lib/eventForm.ts';
import { EventsFile } from '../../src/lib/eventSchema.ts';
import { TYPE_FORMS, TYPE_PHASE_FORMS } from '../../src/lib/ontology.ts';
import { builtPages } from '../helpers/builtPages.ts';
import { builtFile, builtSites } from '../helpers/builtSites.ts';

const data = EventsFile.parse(JSON.parse(await readFile('data/events.json', 'utf8')));
const page = async (path: string) => parseHTML(await readFile(builtFile(`${path.replace(/^\//, '')}index.html`), 'utf8')).document;
const pages = builtPages(builtSites.site);
const EDITIONS = ['th', 'km'] as const;

// Every English interface string of some length: none may show on a Thai or Khmer page outside
// text marked as English (quotes, hand-written titles, the data reference).
const englishStrings = (value: unknown): string[] =>
  typeof value === 'string' ? (value.includes(' ') && value.length > 8 ? [value] : [])
  : value && typeof value === 'object' ? Object.values(value).flatMap(englishStrings) : [];
const ENGLISH = [...new Set(englishStrings(en))];
const textOutsideEnglish = (document: Document) => {
  const clone = document.body.cloneNode(true) as HTMLElement;
  for (const marked of clone.querySelectorAll('[lang]:not([lang="th"]):not([lang="km"]), script, style, textarea, code, pre')) marked.remove();
  return (clone.textContent ?? '').replace(/\s+/g, ' ');
};

describe('the Thai and Khmer editions', () => {
  test.each(EDITIONS)('every English page has its %s edition, at the same path under its code', (locale) => {
    const english = pages.filter((p) => !p.startsWith('/th/') && !p.startsWith('/km/'));
    expect(english.length).toBeGreaterThan(data.events.length);
    expect(pages.filter((p) => p.startsWith(`/${locale}/`))).toEqual(english.map((p) => `/${locale}${p}`));
  });

  test.each([['/', 'en'], ['/th/', 'th'], ['/km/events/2025-12-24-talks/', 'km'], ['/th/embed/', 'th']])('%s says it is in %s', async (path, lang) => {
    expect((await page(path)).documentElement.getAttribute('lang')).toBe(lang);
  });

  test('each page names its three editions as alternates, English as the default', async () => {
    const links = [...(await page('/km/figures/')).querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
    expect(links).toEqual([['en', '/figures/'], ['th', '/th/figures/'], ['km', '/km/figures/'], ['x-default', '/figures/']]);
  });

  test('the language switcher links the same page in each language, named in that language', async () => {
    const links = [...(await page('/th/events/2025-12-24-talks/')).querySelectorAll('nav.languages a')].map((a) => [a.textContent, a.getAttribute('href'), a.closest('li')!.getAttribute('lang')]);
    expect(links).toEqual([
      ['English', '/events/2025-12-24-talks/', 'en'],
      ['ไทย', '/th/events/2025-12-24-talks/', 'th'],
      ['ខ្មែរ', '/km/events/2025-12-24-talks/', 'km'],
    ]);
  });

  test.each(['/th/', '/km/', '/th/figures/', '/km/sources/', '/th/events/2025-12-24-talks/', '/km/embed/'])('%s shows no English interface string', async (path) => {
    const text = textOutsideEnglish(await page(path));
    expect(ENGLISH.filter((s) => text.includes(s))).toEqual([]);
  });

  test('links inside an edition stay in it', async () => {
    for (const path of ['/th/', '/km/figures/', '/th/sources/']) {
      const hrefs = [...(await page(path)).querySelectorAll('main a[href^="/"]')].map((a) => a.getAttribute('href')!);
      const local = hrefs.filter((h) => !/\.(json|csv|ics|xml)$/.test(h));
      expect(local.length).toBeGreaterThan(0);
      expect(local.filter((h) => !h.startsWith(path.slice(0, 4)))).toEqual([]);
    }
  });
});

describe('dates and numbers in each language', () => {
  test('the Thai edition writes the Buddhist era with Latin digits, its month headings in Thai', async () => {
    const document = await page('/th/');
    expect([...document.querySelectorAll('#event-list .month-heading')].map((h) => h.textContent)).toEqual(['กรกฎาคม 2568', 'ตุลาคม 2568', 'ธันวาคม 2568']);
    expect(document.querySelector('#event-2025-12-07-fighting .event-meta time')!.textContent).toBe('7 ธันวาคม 2568');
    expect(document.querySelector('#event-2025-07-fighting .event-meta .muted')!.textContent).toBe('(ทราบเพียงเดือน)');
  });

  test('the Khmer edition writes Khmer months and Khmer digits, and no Latin digit in a date', async () => {
    const document = await page('/km/');
    const dates = [...document.querySelectorAll('.event-meta time, .story-line time, .month-heading')].map((t) => t.textContent!);
    expect(dates).toContain('៧ ធ្នូ ២០២៥');
    expect(dates.filter((d) => /[0-9]/.test(d))).toEqual([]);
    const count = String(data.events.length).replace(/\d/g, (d) => '០១២៣៤៥៦៧៨៩'[Number(d)]!);
    expect(document.querySelector('.lede')!.textContent).toMatch(new RegExp(`^ព្រឹត្តិការណ៍ចំនួន ${count} `));
  });

  test('a scheduled event is said to be planned in each language', async () => {
    const th = await page('/th/events/2025-12-27-talks/');
    expect(th.querySelector('.summary')!.textContent).toMatch(/^มีกำหนด.* ในวันที่ 27 ธันวาคม 2568$/);
    const km = await page('/km/events/2025-12-27-talks/');
    expect(km.querySelector('.event-meta .status')!.textContent).toBe('គ្រោងទុក');
  });

  // A tick "มกราคม 2569" on one line ran into the December tick beside it on a phone.
  test.each(EDITIONS)('a %s chart writes its month ticks short, the first and each January with the year on a line of its own, as Plot writes English', async (locale) => {
    const ticks = [...(await page(`/${locale}/figures/`)).querySelectorAll('figure[data-measure] svg text')].filter((t) => t.querySelector('tspan') || !/\s/.test(t.textContent!.trim()));
    const split = ticks.filter((t) => t.querySelectorAll('tspan').length === 2).map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent));
    expect(split.length).toBeGreaterThan(0);
    for (const [month, year] of split) {
      expect(month).not.toMatch(/\s/);
      expect(year).toMatch(locale === 'th' ? /^25\d\d$/ : /^[០-៩]{4}$/);
    }
  });

  test('the browser gets the Khmer calendar and digits from the page, never from Intl', async () => {
    const json = JSON.parse((await page('/km/')).querySelector('conflict-timeline')!.getAttribute('data-i18n')!);
    expect(json.calendar).toEqual({ monthsShort: expect.arrayContaining(['ធ្នូ']), digits: '០១២៣៤៥៦៧៨៩', yearOffset: 0 });
    expect(json.showing).toBe('បង្ហាញ {shown} ក្នុងចំណោមព្រឹត្តិការណ៍ {total}។');
  });

  test('where sources disagree, the page says so in the reader’s language', async () => {
    const document = await page('/km/events/2025-12-07-fighting/');
    expect([...document.querySelectorAll('.disagree')].map((d) => d.textContent)).toContain('ប្រភពមិនស៊ីគ្នា');
    expect(document.querySelector('.summary')!.textContent).toMatch(/ប្រភពមិនស៊ីគ្នាលើចំនួនអ្នកស្លាប់ និងចំនួនអ្នកភៀសខ្លួន។$/);
  });
});

describe('quotes and names', () => {
  test('quotes stay in their report’s language, marked, and the reader is told so', async () => {
    const document = await page('/th/events/2025-12-24-talks/');
    const quotes = [...document.querySelectorAll('.citation blockquote')];
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.getAttribute('lang')).toBe('en');
    expect(quotes.map((q) => q.textContent!.trim())).toEqual(data.events.find((e) => e.id === '2025-12-24-talks')!.citations.map((c) => c.quote));
    expect(document.querySelector('.quoted-note')!.textContent).toBe('ข้อความที่ยกมาคงไว้ตามภาษาต้นฉบับของรายงาน');
  });

  test.each(EDITIONS)('an event’s English name in a %s title is marked English, word for word, wherever the title is shown', async (locale) => {
    const named = data.events.filter((e) => e.name && !e.translations?.[locale]);
    expect(named.length).toBeGreaterThan(0);
    for (const event of named) {
      for (const path of [`/${locale}/`, `/${locale}/events/${event.id}/`]) {
        const document = await page(path);
        const marked = [...document.querySelectorAll('[lang="en"]')].map((el) => el.textContent);
        expect(marked, path).toContain(event.name);
        expect(textOutsideEnglish(document), path).not.toContain(event.name);
      }
    }
  });

  test.each(EDITIONS)('each %s event page whose English title names a form of its type (“Meeting”) names it too, not the type’s broader label', async (locale) => {
    const formed = data.events.flatMap((e) => {
      const form = e.type && eventForm(e, { forms: TYPE_FORMS[e.type], phases: TYPE_PHASE_FORMS[e.type] });
      return e.type && form && e.title.toLowerCase().includes(form.label.toLowerCase()) ? [{ id: e.id, wording: form[locale], broad: messagesFor(locale).types[e.type] }] : [];
    });
    expect(formed.length).toBeGreaterThan(0);
    for (const { id, wording, broad } of formed) {
      const title = (await page(`/${locale}/events/${id}/`)).querySelector('h1')!.textContent!;
      expect(title, id).toContain(wording);
      // Where the edition's label of the type is no two-way one (ข้อตกลงสันติภาพ), the form may read as it does.
      if (!wording.includes(broad)) expect(title, id).not.toContain(broad);
    }
  });

  test('places and actors are named as Thai and Khmer readers know them', async () => {
    expect((await page('/th/events/2025-12-24-talks/')).querySelector('.involved')!.textContent).toContain('จันทบุรี');
    expect((await page('/km/events/2025-12-24-talks/')).querySelector('h1')!.textContent).toContain('ចន្ទបុរី');
  });
});

describe('fonts', () => {
  test.each([['/th/', 'th', 'noto-sans-thai'], ['/km/figures/', 'km', 'noto-sans-khmer']])('%s loads its own font, both weights preloaded, and not the other', async (path, locale, font) => {
    const document = await page(path);
    expect(document.querySelector('link[rel="stylesheet"][href$="/fonts/' + locale + '.css"]')).not.toBeNull();
    const preloads = [...document.querySelectorAll('link[rel="preload"][as="font"]')].map((l) => l.getAttribute('href')!);
    expect(preloads).toHaveLength(2);
    expect(preloads.map((p) => /-(\d00)-normal/.exec(p)?.[1])).toEqual(['400', '700']);
    for (const preload of preloads) expect(preload).toContain(font);
    expect(document.documentElement.outerHTML).not.toContain(locale === 'th' ? 'khmer' : 'noto-sans-thai');
  });

  test('English pages load no web font', async () => {
    const html = (await page('/')).documentElement.outerHTML;
    expect(html).not.toMatch(/noto-sans-(thai|khmer)|\/fonts\//);
  });

  test('each font stylesheet names its script’s subset, swaps, and is served from this site', async () => {
    const css = await readFile(builtFile('fonts/km.css'), 'utf8');
    expect(css).toContain("font-family: 'Noto Sans Khmer'");
    expect(css).toContain('unicode-range: U+1780-17FF');
    expect(css.match(/font-display: swap/g)).toHaveLength(2);
    expect(css.match(/url\(([^)]+)\)/g)!.every((u) => u.startsWith('url(/'))).toBe(true);
  });
});

describe('the embed and oEmbed in each language', () => {
  test.each([['', 'en', '/embed/'], ['th/', 'th', '/th/embed/?lang=th'], ['km/', 'km', '/km/embed/?lang=km']])('the %soEmbed answer embeds the %s timeline', async (prefix, _locale, src) => {
    const body = JSON.parse(await readFile(builtFile(`${prefix}oembed/timeline.json`), 'utf8'));
    expect(new URL(body.html.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&')).pathname + (new URL(body.html.match(/src="([^"]+)"/)[1].replace(/&amp;/g, '&')).search)).toBe(src);
  });

  test.each([['', 'en'], ['th/', 'th'], ['km/', 'km']])('%soembed/events/ holds one well-formed answer for every event and nothing else (the build writes them after the pages: %s)', async (prefix, locale) => {
    const folder = builtFile(`${prefix}oembed/events`);
    expect((await readdir(folder)).sort()).toEqual(data.events.map((e) => `${e.id}.json`).sort());
    for (const event of data.events) {
      const body = JSON.parse(await readFile(`${folder}/${event.id}.json`, 'utf8'));
      expect(body).toMatchObject({ version: '1.0', type: 'rich', title: expect.any(String) });
      const src = new URL(parseHTML(`<div>${body.html}</div>`).document.querySelector('iframe')!.getAttribute('src')!);
      expect(src.pathname).toBe(`/${prefix}embed/`);
      expect(src.searchParams.get('event')).toBe(event.id);
      expect(src.searchParams.get('lang') ?? 'en').toBe(locale);
    }
    // The folder is written beside itself and renamed into place: nothing half-written stays.
    expect((await readdir(builtFile(`${prefix}oembed`))).sort()).toEqual(['events', 'timeline.json']);
  });

  test('an event’s oEmbed answer in Khmer is titled in Khmer and opens on the event', async () => {
    const body = JSON.parse(await readFile(builtFile('km/oembed/events/2025-12-24-talks.json'), 'utf8'));
    expect(body.title).toMatch(/ចន្ទបុរី/);
    expect(body.html).toContain('/km/embed/?event=2025-12-24-talks&amp;lang=km');
  });

  test('the snippet panel offers the three languages, the page’s chosen', async () => {
    const options = [...(await page('/km/')).querySelectorAll('.embed-snippet select[name="lang"] option')].map((o) => [o.getAttribute('value'), o.hasAttribute('selected')]);
    expect(options).toEqual([['en', false], ['th', false], ['km', true]]);
  });

  test('each embed page knows where every edition’s embed is, for `lang=`', async () => {
    expect(JSON.parse((await page('/embed/')).documentElement.getAttribute('data-editions')!)).toEqual({ en: '/embed/', th: '/th/embed/', km: '/km/embed/' });
  });
});
