/** Parts are gathered into pieces of about this many characters before they are encoded. */
const PIECE_CHARS = 1 << 20;

/**
 * A response whose body is the parts' text in UTF-8, encoded a megabyte at a time, so that the
 * whole text is never one string: at 25,000 events an export is tens of megabytes, and V8 holds a
 * string with any character beyond Latin-1 (a quote's curly quotation marks) at two bytes each.
 * @example partsResponse(['BEGIN:VCALENDAR\r\n', '…', 'END:VCALENDAR'], 'text/calendar; charset=utf-8')
 */
export function partsResponse(parts: Iterable<string>, contentType: string): Response {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let pending = '';
  for (const part of parts) {
    pending += part;
    if (pending.length >= PIECE_CHARS) {
      // A part may end inside a surrogate pair: its first half waits for the second.
      const cut = /[\uD800-\uDBFF]$/.test(pending) ? pending.length - 1 : pending.length;
      pieces.push(encoder.encode(pending.slice(0, cut)));
      pending = pending.slice(cut);
    }
  }
  pieces.push(encoder.encode(pending));
  // A stream of the pieces, not a Blob, which would hold a copy of them all until the response is
  // read (some 40 MB more at the peak for 41 MB of text, measured).
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces.splice(0)) controller.enqueue(piece);
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': contentType } });
}
