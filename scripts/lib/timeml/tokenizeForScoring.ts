/** A token by character offsets `[start, end)`. */
export interface TokenSpan {
  start: number;
  end: number;
}

// A word runs over letters and digits joined by inner punctuation ("U.S", "1998-02-13", "10:35",
// "1,200", "year-earlier"), and keeps a final full stop when it is an abbreviation ("Sept.",
// "p.m.", "U.S."); possessive and clitic endings are tokens of their own, as in the Penn
// Treebank tokenisation TempEval-3 scores on. Any other character is a token by itself.
const ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|Mr|Mrs|Ms|Dr|St|Jr|Sr|Co|Corp|Inc|Ltd|Gov|Sen|Rep|Gen|Col|Lt|No|vs|etc';
const TOKEN = new RegExp(
  String.raw`[\p{L}\p{N}]+(?:['’](?![sS]\b|re\b|ve\b|ll\b|d\b|m\b)[\p{L}\p{N}]+|[.,:/-][\p{L}\p{N}]+)*` +
    String.raw`(?:(?<=\b(?:\p{L}|${ABBREVIATIONS}|\p{L}(?:\.\p{L})+))\.)?|['’](?:[sS]|re|ve|ll|d|m)\b|\S`,
  'gu',
);

/**
 * Splits a text into the tokens that TempEval-3 compares extents by.
 * @example tokenizeForScoring('on Sept. 30, 1998').length // 5
 */
export function tokenizeForScoring(text: string): TokenSpan[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * The indices of the first and last token a character span touches, or undefined when it
 * touches none. Tokens are sorted and do not overlap.
 */
export function tokenRange(tokens: readonly TokenSpan[], start: number, end: number): { first: number; last: number } | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let last = lo - 1;
  for (let i = lo; i < tokens.length && tokens[i]!.start < end; i++) last = i;
  return last >= lo ? { first: lo, last } : undefined;
}
