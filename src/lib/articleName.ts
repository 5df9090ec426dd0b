// What a file in seeds/ may be called. The name becomes the address of the article's page
// (/sources/<name>/) and the `source` of every citation of it, so every name accepted here must
// build, and link, on any static server.

/** File names in seeds/ that are articles. */
export const ARTICLE_FILE = /\.(?:txt|md)$/;

/** What the names may hold, for messages and the README. */
export const ARTICLE_NAME_RULE =
  'letters of any script, digits, spaces and punctuation other than / \\ ? # %, ending in .txt or .md';

/** Characters refused in a name, each with how to say it in a message. */
const REFUSED: [RegExp, (c: string) => string][] = [
  // C0 and C1 controls and DEL: invisible, and some rewrite a terminal that prints the name.
  [/[\u0000-\u001f\u007f-\u009f]/, (c) => `a control character (U+${hex(c)})`],
  // Line separators and the bidirectional controls reorder or break how the name is displayed.
  [/[\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/, (c) => `an invisible formatting character (U+${hex(c)})`],
  // Node reads a name that is not valid UTF-8 with this character in place of the bad bytes.
  [/\ufffd/, () => 'bytes that are not valid UTF-8 (shown as U+FFFD)'],
  // ? and # end a URL's path; % starts an escape; / and \ separate folders.
  [/[?#%/\\]/, (c) => `"${c}", which cannot stand in a web address`],
];

const hex = (c: string) => c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');

/**
 * Why an article's file name is refused, as "found …", or `undefined` when it is accepted: a
 * name with a control character, a URL-breaking character (`?`, `#`, `%`, `/`, `\`), or not in
 * Unicode NFC (the form in which macOS and most editors differ; its page would get another
 * address than its citations). Collisions between names are `articleNameKey`'s job.
 * @example checkArticleName('What next?.txt') // 'a name with "?", which cannot stand in a web address'
 */
export function checkArticleName(name: string): string | undefined {
  for (const [pattern, describe] of REFUSED) {
    const match = pattern.exec(name);
    if (match) return `a name with ${describe(match[0])}`;
  }
  if (name.normalize('NFC') !== name) return 'a name not in Unicode NFC form (letters and accents stored apart)';
  return undefined;
}

/**
 * The key under which two names are the same article for a reader or a case-insensitive file
 * system (macOS, Windows): compatibility-normalised and case-folded.
 * @example articleNameKey('Talks.TXT') === articleNameKey('talks.txt') // true
 */
export function articleNameKey(name: string): string {
  // Upper then lower case folds what lower case alone keeps apart (ß and SS).
  return name.normalize('NFKC').toUpperCase().toLowerCase();
}
