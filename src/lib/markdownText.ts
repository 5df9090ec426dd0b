import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

// Nodes whose words are not the article's prose: an image's alt text is its caption, code and raw
// HTML are the page's, not the report's. Their whole span is blanked.
// Punctuation that closes up to the word before it.
const CLOSING = /^[.,;:!?)\]”’"']$/u;

const DROPPED: ReadonlySet<Nodes['type']> = new Set(['image', 'imageReference', 'code', 'inlineCode', 'html', 'definition']);

/**
 * The text of a Markdown article as its reader sees it, at the same offsets: every character of
 * markup (heading and quote markers, emphasis, a link's target, an image, raw HTML) becomes a
 * space and every line break stays, so that line and column numbers, the quotes taken from the
 * text and the passage offsets all stay those of the file. A link's words stay; so do the
 * characters of an escape or an entity, as written. Punctuation that closes up to markup
 * ("_at night_.") moves left over it, the only character that changes place.
 * @example markdownText('## Talks **resume** in [Velmora](https://example.org)') // '   Talks   resume     Velmora                       '
 */
export function markdownText(markdown: string): string {
  const kept = new Uint8Array(markdown.length);
  const visit = (node: Nodes) => {
    if (DROPPED.has(node.type)) return;
    if (node.type === 'text' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      kept.fill(1, node.position.start.offset, node.position.end.offset);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(fromMarkdown(markdown));
  const out = markdown.split('');
  for (let i = 0; i < out.length; i++) if (!kept[i] && out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  // "_at night_." would read "at night ." : punctuation that closes up to blanked markup moves
  // left over it, so that quotes read as the article does. It is the one character that moves.
  for (let i = 1; i < out.length; i++) {
    if (!kept[i] || !CLOSING.test(out[i]!) || kept[i - 1] || out[i - 1] !== ' ') continue;
    let from = i - 1;
    while (from > 0 && !kept[from - 1] && out[from - 1] === ' ') from--;
    if (from === 0 || !kept[from - 1] || /\s/.test(out[from - 1]!)) continue;
    [out[from], out[i]] = [out[i]!, ' '];
    kept[from] = 1;
    kept[i] = 0;
  }
  return out.join('');
}
