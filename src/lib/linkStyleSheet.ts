const CHARSET = Buffer.from('<meta charset="utf-8">');
const AFTER_HEAD = Buffer.from('<meta name="viewport"');
const STYLE = Buffer.from('<style>');
const STYLE_END = Buffer.from('</style>');

/**
 * A page with the inline style sheet Astro put in its head (after the charset and the CSP meta,
 * before the viewport: see splitPages) replaced by a `<link>` to where `hrefOf` says the sheet
 * will be, and the sheet's text, for the caller to write there once. Works on the page's UTF-8
 * bytes, as splitPages does. Throws when the head holds no style sheet, or more than one: the
 * layout has moved its head.
 * @example linkStyleSheet(Buffer.from('…<meta charset="utf-8"><style>p{}</style><meta name="viewport">…'), () => '/a.css').html // …<link rel="stylesheet" href="/a.css"><meta name="viewport">…
 */
export function linkStyleSheet(page: Buffer, hrefOf: (css: Buffer) => string): { html: Buffer; css: Buffer } {
  const head = page.indexOf(CHARSET);
  const headEnd = head < 0 ? -1 : page.indexOf(AFTER_HEAD, head);
  const start = headEnd < 0 ? -1 : page.indexOf(STYLE, head);
  const end = start < 0 || start > headEnd ? -1 : page.indexOf(STYLE_END, start);
  if (end < 0 || end > headEnd) throw new Error(`linkStyleSheet: the page has no ${STYLE} between ${CHARSET} and ${AFTER_HEAD}, where the layout renders the head`);
  const after = end + STYLE_END.length;
  if (page.indexOf(STYLE, after) >= 0 && page.indexOf(STYLE, after) < headEnd) throw new Error(`linkStyleSheet: the page's head holds more than one ${STYLE}`);
  const css = page.subarray(start + STYLE.length, end);
  const link = Buffer.from(`<link rel="stylesheet" href="${hrefOf(css)}">`);
  return { html: Buffer.concat([page.subarray(0, start), link, page.subarray(after)]), css };
}
