/** Where a quote sits in an article body, as character offsets `[start, end)`. */
export interface Passage {
  start: number;
  end: number;
}

interface Folded {
  text: string;
  /** Offset in the original text of each character of the folded text. */
  origin: number[];
}

/** Collapses every run of whitespace to one space, remembering where each character came from. */
function fold(text: string): Folded {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = /\s/.test(text[i]!);
    if (space && inSpace) continue;
    folded += space ? ' ' : text[i];
    origin.push(i);
    inSpace = space;
  }
  return { text: folded, origin };
}

/**
 * Returns a finder for verbatim quotes in `body`, whitespace folded; the body is folded once.
 * @example quoteFinder('a  b c')('b\nc') // { start: 3, end: 6 }
 */
export function quoteFinder(body: string): (quote: string) => Passage | undefined {
  const haystack = fold(body);
  return (quote) => {
    const needle = fold(quote.trim()).text;
    if (!needle) return undefined;
    const at = haystack.text.indexOf(needle);
    if (at === -1) return undefined;
    return { start: haystack.origin[at]!, end: haystack.origin[at + needle.length - 1]! + 1 };
  };
}
