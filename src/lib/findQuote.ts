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

const SPACE = /\s/;

/** Collapses every run of whitespace to one space, remembering where each character came from. */
function fold(text: string): Folded {
  const parts: string[] = [];
  const origin = new Int32Array(text.length);
  let length = 0;
  let runStart = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = SPACE.test(text[i]!);
    if (space && inSpace) {
      runStart = i + 1;
      continue;
    }
    if (space) {
      parts.push(text.slice(runStart, i), ' ');
      runStart = i + 1;
    }
    origin[length++] = i;
    inSpace = space;
  }
  parts.push(text.slice(runStart));
  return { text: parts.join(''), origin: origin.subarray(0, length) };
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
    const needle = fold(quote.trim()).text;
    if (!needle) return undefined;
    const at = index.indexOf(needle);
    if (at === -1) return undefined;
    return { start: haystack.origin[at]!, end: haystack.origin[at + needle.length - 1]! + 1 };
  };
}
