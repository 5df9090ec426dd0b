import { escapeRegExp } from '../escapeRegExp.ts';

/** Elements whose text is not laid out as lines of the page (or, in SVG, may hold no span). */
const RAW = /^(?:script|style|svg|textarea|title|template)$/i;
/** The alternation of each list of words, made once: a list's parts call this thousands of times. */
const patterns = new WeakMap<readonly string[], RegExp>();
/** A tag, a comment or a run of text: the page is walked in these pieces. */
const PIECES = /<!--[\s\S]*?-->|<\/?([a-zA-Z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>|[^<]+|</g;

/**
 * An HTML page with each occurrence of `words` in its text wrapped in `<span class="nobr">`
 * (which the site's CSS keeps on one line), so that no line breaks inside them. Text in scripts,
 * styles, SVG, titles and form fields, and attribute values, are left as they are. Longer words
 * go first in the alternation, so a term inside a longer one is not wrapped alone.
 * @example keepWordsWhole('<p>คำเรียกร้องของ</p>', ['คำเรียกร้อง']) // '<p><span class="nobr">คำเรียกร้อง</span>ของ</p>'
 */
export function keepWordsWhole(html: string, words: readonly string[]): string {
  if (words.length === 0) return html;
  let pattern = patterns.get(words);
  if (!pattern) patterns.set(words, (pattern = new RegExp([...words].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g')));
  let raw: string | undefined;
  return html.replace(PIECES, (piece, tag: string | undefined) => {
    if (tag) {
      const name = tag.toLowerCase();
      if (raw === undefined && RAW.test(name) && !piece.startsWith('</') && !piece.endsWith('/>')) raw = name;
      else if (raw === name && piece.startsWith('</')) raw = undefined;
      return piece;
    }
    if (raw !== undefined || piece.startsWith('<')) return piece;
    return piece.replace(pattern!, '<span class="nobr">$&</span>');
  });
}
