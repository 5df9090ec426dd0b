/** Typographic characters that look alike to a person typing a quote by hand. */
const LOOKALIKES: [RegExp, string][] = [
  [/[‘’‚‛′]/g, "'"],
  [/[“”„‟″]/g, '"'],
  [/[‐‑‒–—―−]/g, '-'],
  [/\u00a0/g, ' '],
];

const plain = (s: string) => LOOKALIKES.reduce((t, [re, to]) => t.replace(re, to), s).replace(/\s+/g, ' ').trim();

/**
 * Why a quote was not found in a body, as a hint for the maintainer.
 * @example quoteMismatchHint('it’s here', "it's") // 'the article writes the quote with different quotation marks or dashes'
 */
export function quoteMismatchHint(body: string, quote: string): string {
  const text = plain(body);
  const wanted = plain(quote);
  if (text.includes(wanted)) return 'the article writes the quote with different quotation marks or dashes';
  if (text.toLowerCase().includes(wanted.toLowerCase())) return 'the article writes the quote with different capitals';
  let longest = 0;
  for (let n = wanted.length; n > 0 && longest === 0; n = Math.floor(n / 2)) {
    if (text.includes(wanted.slice(0, n))) longest = n;
  }
  while (longest < wanted.length && text.includes(wanted.slice(0, longest + 1))) longest++;
  return longest >= 12
    ? `the first ${longest} characters match; it differs at "${wanted.slice(longest, longest + 24)}"`
    : 'no part of it appears in the article; copy the passage from the article';
}
