const DOCTYPE = '<!DOCTYPE html>';
const END = '</html>';
/** Where Base.astro calls renderHead(): right after the charset, before the viewport. */
const CHARSET = '<meta charset="utf-8">';
const AFTER_HEAD = '<meta name="viewport"';

/**
 * The documents of one Astro page that rendered `count` whole pages one after another (the event
 * pages' batches), each made as Astro writes a page alone: Astro writes the doctype and the head
 * it injects (the CSP meta and the inline styles, the same for every page of one route) only
 * once per rendered page, so the others get the first one's. Throws when the text is not such a
 * page: the layout has moved its head, or a page is missing.
 * @example splitPages('<!DOCTYPE html><html><head><meta charset="utf-8"><style>…</style><meta name="viewport">…</html><html>…</html>', 2)
 */
export function splitPages(html: string, count: number): string[] {
  if (!html.startsWith(DOCTYPE)) throw new Error('splitPages: the batch does not begin with a doctype');
  const pieces = html.slice(DOCTYPE.length).split(END);
  if (pieces.pop() !== '' || pieces.length !== count) {
    throw new Error(`splitPages: expected ${count} pages ending in ${END}, found ${pieces.length}`);
  }
  const first = pieces[0]!;
  const at = first.indexOf(CHARSET) + CHARSET.length;
  const headEnd = first.indexOf(AFTER_HEAD, at);
  if (at < CHARSET.length || headEnd < 0) throw new Error(`splitPages: the first page has no ${CHARSET} followed by ${AFTER_HEAD}, where the layout renders the head`);
  const head = first.slice(at, headEnd);
  return pieces.map((piece, i) => {
    if (i === 0) return `${DOCTYPE}${piece}${END}`;
    const place = piece.indexOf(CHARSET + AFTER_HEAD);
    if (place < 0) throw new Error(`splitPages: page ${i + 1} has no empty head after ${CHARSET}`);
    const cut = place + CHARSET.length;
    return `${DOCTYPE}${piece.slice(0, cut)}${head}${piece.slice(cut)}${END}`;
  });
}
