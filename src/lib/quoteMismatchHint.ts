import { textIndex } from './textIndex.ts';

/** Typographic characters that look alike to a person typing a quote by hand. */
const LOOKALIKES: [RegExp, string][] = [
  [/[‘’‚‛′]/g, "'"],
  [/[“”„‟″]/g, '"'],
  [/[‐‑‒–—―−]/g, '-'],
  [/\u00a0/g, ' '],
];

const plain = (s: string) => LOOKALIKES.reduce((t, [re, to]) => t.replace(re, to), s).replace(/\s+/g, ' ').trim();

/** A prefix shorter than this says nothing useful about where a quote went wrong. */
const USEFUL_PREFIX = 12;

/**
 * Why quotes were not found in a body, as hints for the maintainer. The body is normalised and
 * indexed once, on the first quote, so each further quote costs about its own length.
 * @example quoteMismatchHint('it’s here')("it's") // 'the article writes the quote with different quotation marks or dashes'
 */
export function quoteMismatchHint(body: string): (quote: string) => string {
  let indexes: { exact: ReturnType<typeof textIndex>; lower: ReturnType<typeof textIndex> } | undefined;
  return (quote) => {
    if (!indexes) {
      const text = plain(body);
      indexes = { exact: textIndex(text), lower: textIndex(text.toLowerCase()) };
    }
    const wanted = plain(quote);
    if (indexes.exact.indexOf(wanted) !== -1) return 'the article writes the quote with different quotation marks or dashes';
    if (indexes.lower.indexOf(wanted.toLowerCase()) !== -1) return 'the article writes the quote with different capitals';
    const longest = indexes.exact.longestPrefix(wanted);
    return longest >= USEFUL_PREFIX
      ? `the first ${longest} characters match; it differs at "${wanted.slice(longest, longest + 24)}"`
      : 'no part of it appears in the article; copy the passage from the article';
  };
}
