const DOCTYPE = Buffer.from('<!DOCTYPE html>');
const END = Buffer.from('</html>');
/** Where Base.astro calls renderHead(): right after the charset, before the viewport. */
const CHARSET = Buffer.from('<meta charset="utf-8">');
const AFTER_HEAD = Buffer.from('<meta name="viewport"');
const EMPTY_HEAD = Buffer.concat([CHARSET, AFTER_HEAD]);

/**
 * The documents of one Astro page that rendered `count` whole pages one after another (the event
 * pages' batches), each made as Astro writes a page alone: Astro writes the doctype and the head
 * it injects (the CSP meta and the inline styles, the same for every page of one route) only
 * once per rendered page, so the others get the first one's. Throws when the text is not such a
 * page: the layout has moved its head, or a page is missing.
 * Works on the UTF-8 bytes as read from and written to disk (every marker is ASCII, so it stands
 * at the same place in the bytes as in the text): a 25,000-event archive's 1 GB of event pages
 * never becomes strings, which V8 kept as garbage in its own heap until the split was over.
 * @example splitPages(Buffer.from('<!DOCTYPE html><html><head><meta charset="utf-8"><style>…</style><meta name="viewport">…</html><html>…</html>'), 2)
 */
export function splitPages(html: Buffer, count: number): Buffer[] {
  if (!html.subarray(0, DOCTYPE.length).equals(DOCTYPE)) throw new Error('splitPages: the batch does not begin with a doctype');
  const pieces: Buffer[] = [];
  let from = DOCTYPE.length;
  for (let end = html.indexOf(END, from); end >= 0; end = html.indexOf(END, from)) {
    pieces.push(html.subarray(from, end));
    from = end + END.length;
  }
  if (from !== html.length || pieces.length !== count) {
    throw new Error(`splitPages: expected ${count} pages ending in ${END}, found ${pieces.length}`);
  }
  const first = pieces[0]!;
  const at = first.indexOf(CHARSET) + CHARSET.length;
  const headEnd = first.indexOf(AFTER_HEAD, at);
  if (at < CHARSET.length || headEnd < 0) throw new Error(`splitPages: the first page has no ${CHARSET} followed by ${AFTER_HEAD}, where the layout renders the head`);
  const head = first.subarray(at, headEnd);
  const cuts = pieces.map((piece, i) => {
    if (i === 0) return -1;
    const place = piece.indexOf(EMPTY_HEAD);
    if (place < 0) throw new Error(`splitPages: page ${i + 1} has no empty head after ${CHARSET}`);
    return place + CHARSET.length;
  });
  // All the pages in one buffer, each a view of it: a batch's 200 pages were 200 allocations
  // outside V8's heap, some 75,000 in a 25,000-event build, each one more for the collector.
  const added = DOCTYPE.length + END.length;
  const out = Buffer.allocUnsafe(pieces.reduce((sum, piece, i) => sum + piece.length + added + (i === 0 ? 0 : head.length), 0));
  let end = 0;
  return pieces.map((piece, i) => {
    const start = end;
    end += DOCTYPE.copy(out, end);
    if (i === 0) {
      end += piece.copy(out, end);
    } else {
      end += piece.copy(out, end, 0, cuts[i]);
      end += head.copy(out, end);
      end += piece.copy(out, end, cuts[i]);
    }
    end += END.copy(out, end);
    return out.subarray(start, end);
  });
}
