import { describe, expect, test } from 'vitest';
import { linkStyleSheet } from '../src/lib/linkStyleSheet.ts';

const HEAD = '<meta http-equiv="content-security-policy" content="style-src \'self\' \'sha256-x\'">';
/** A page as Astro writes it: the head it injects after the charset, its own tags from the viewport on. */
const page = (styles: string, body = '<p>Talks resumed.</p>') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${HEAD}${styles}<meta name="viewport" content="width=device-width"><title>A</title></head><body>${body}</body></html>`;
const link = (html: string, href = '/_astro/page.css') => {
  const found = linkStyleSheet(Buffer.from(html), () => href);
  return { html: found.html.toString('utf8'), css: found.css.toString('utf8') };
};

describe('linkStyleSheet', () => {
  test('puts a link where the head\'s style sheet was, and gives the sheet back whole', () => {
    expect(link(page('<style>p{color:red}.a>b{margin:0}</style>'))).toEqual({
      html: page('<link rel="stylesheet" href="/_astro/page.css">'),
      css: 'p{color:red}.a>b{margin:0}',
    });
  });

  test('names the sheet from its own text, so that a changed sheet gets a new address', () => {
    const found = linkStyleSheet(Buffer.from(page('<style>h1{font-size:2rem}</style>')), (css) => `/s-${css.length}.css`);
    expect(found.html.toString()).toContain('<link rel="stylesheet" href="/s-18.css">');
  });

  test('leaves a style element of the body alone, and text that only looks like one', () => {
    const body = '<p>&lt;style&gt;</p><svg><style>.x{}</style></svg>';
    expect(link(page('<style>p{}</style>', body)).html).toBe(page('<link rel="stylesheet" href="/_astro/page.css">', body));
  });

  test('keeps Thai and Khmer text whole: every marker is ASCII', () => {
    const body = '<p>ข่าวชายแดน ព័ត៌មាន</p>';
    expect(link(page('<style>p{}</style>', body)).html).toBe(page('<link rel="stylesheet" href="/_astro/page.css">', body));
  });

  test('refuses a head with no style sheet, or two: the layout no longer renders the head as expected', () => {
    expect(() => link(page(''))).toThrowErrorMatchingInlineSnapshot(`[Error: linkStyleSheet: the page has no <style> between <meta charset="utf-8"> and <meta name="viewport", where the layout renders the head]`);
    expect(() => link(page('<style>p{}</style><style>a{}</style>'))).toThrowErrorMatchingInlineSnapshot(`[Error: linkStyleSheet: the page's head holds more than one <style>]`);
  });
});
