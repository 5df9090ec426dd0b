import { textIndex } from './textIndex.ts';

/** Where a quote sits in an article body, as character offsets `[start, end)`. */
export interface Passage {
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** Offset in the original text of each character of the folded text. */
  origin: Int32Array;
}

const SPACES = /\s+/g;

/** Collapses every run of whitespace to one space, remembering where each character came from. */
function fold(text: string): Folded {
  const origin = new Int32Array(text.length);
  let length = 0;
  let from = 0;
  // Characters between runs keep their offsets; a run becomes one space at the run's start.
  const keep = (to: number) => {
    for (let i = from; i < to; i++) origin[length++] = i;
  };
  for (const run of text.matchAll(SPACES)) {
    keep(run.index);
    origin[length++] = run.index;
    from = run.index + run[0].length;
  }
  keep(text.length);
  return { text: text.replace(SPACES, ' '), origin: origin.subarray(0, length) };
}

/**
 * Returns a finder for verbatim quotes in `body`, whitespace folded. The body is folded and
 * indexed once, so each quote costs about its own length, however large the body.
 * @example quoteFinder('a  b c')('b\nc') // { start: 3, end: 6 }
 */
export function quoteFinder(body: string): (quote: string) => Passage | undefined {
  const haystack = fold(body);
  const index = textIndex(haystack.text);
  return (quote) => {
    const needle = quote.trim().replace(SPACES, ' ');
    if (!needle) return undefined;
    const at = index.indexOf(needle);
    if (at === -1) return undefined;
    return { start: haystack.origin[at]!, end: haystack.origin[at + needle.length - 1]! + 1 };
  };
}
