import { describe, expect, test } from 'vitest';
import { splitPages } from '../src/lib/splitPages.ts';

const HEAD = '<meta http-equiv="content-security-policy" content="style-src \'sha256-x\'"><style>p{color:red}</style>';
/** A page as Astro writes it alone: the doctype, then the head it injects after the charset. */
const page = (title: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${HEAD}<meta name="viewport" content="width=device-width"><title>${title}</title></head><body><p>${title}</p></body></html>`;
/** The same page rendered after another in one Astro page: no doctype, no injected head. */
const later = (title: string) => page(title).replace('<!DOCTYPE html>', '').replace(HEAD, '');
/** splitPages on a batch's UTF-8 bytes, as the build reads it, with the pages back as text. */
const split = (html: string, count: number) => splitPages(Buffer.from(html), count).map((bytes) => bytes.toString('utf8'));

describe('splitPages', () => {
  test('gives every page of a batch the doctype and head Astro wrote once, as each page alone has them', () => {
    expect(split(page('A') + later('B') + later('C'), 3)).toEqual([page('A'), page('B'), page('C')]);
  });

  test('keeps text that only looks like markup, which a page holds escaped', () => {
    expect(split(page('A &lt;/html&gt;') + later('B'), 2)).toEqual([page('A &lt;/html&gt;'), page('B')]);
  });

  test('keeps Thai and Khmer text whole: every marker is ASCII, so it stands where it does in the text', () => {
    expect(split(page('ข่าวชายแดน') + later('ព័ត៌មាន') + later('é 😀'), 3)).toEqual([page('ข่าวชายแดน'), page('ព័ត៌មាន'), page('é 😀')]);
  });

  test('refuses a batch with fewer pages than rendered', () => {
    expect(() => split(page('A') + later('B'), 3)).toThrowErrorMatchingInlineSnapshot(`[Error: splitPages: expected 3 pages ending in </html>, found 2]`);
  });

  test('refuses a batch whose later pages already have a head: the layout no longer renders it where expected', () => {
    expect(() => split(page('A') + page('B').replace('<!DOCTYPE html>', ''), 2)).toThrowErrorMatchingInlineSnapshot(`[Error: splitPages: page 2 has no empty head after <meta charset="utf-8">]`);
  });

  test('refuses a first page without the charset and viewport around its head', () => {
    expect(() => split(page('A').replace('<meta name="viewport"', '<meta name="x"'), 1)).toThrowErrorMatchingInlineSnapshot(`[Error: splitPages: the first page has no <meta charset="utf-8"> followed by <meta name="viewport", where the layout renders the head]`);
  });
});
