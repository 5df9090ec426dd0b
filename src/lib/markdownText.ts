/**
 * The text of a Markdown article as its reader sees it, at the same offsets: every character of
 * markup (heading, quote and list markers, emphasis, a link's target, an image, raw HTML, code)
 * becomes a space and every line break stays, so that line and column numbers, the quotes taken
 * from the text and the passage offsets all stay those of the file. A link's words stay.
 * Punctuation that closes up to markup ("_at night_.") moves left over it, the only character that
 * changes place.
 *
 * Written here rather than taken from a Markdown parser: micromark (mdast-util-from-markdown),
 * which gives the offsets this needs, took 2 µs a character and grew with the square of a line of
 * brackets (3.5 s for 100 KB), where an article of 1 MB must be read in linear time. Each rule
 * below reads one line, and no pattern can scan past the character that would open another.
 * @example markdownText('## Talks **resume** in [Velmora](https://example.org)') // '   Talks   resume    Velmora                       '
 */
export function markdownText(markdown: string): string {
  const out = markdown.split('');
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  let fence: string | undefined;
  for (const line of markdown.matchAll(/[^\n]*/g)) {
    const at = line.index;
    const text = line[0];
    const opens = FENCE.exec(text)?.[1];
    if (fence !== undefined || opens !== undefined) {
      // A fenced block is code, not prose, fences included.
      blank(at, at + text.length);
      if (fence === undefined) fence = opens![0];
      else if (opens?.[0] === fence) fence = undefined;
      continue;
    }
    if (WHOLE_LINE.test(text)) {
      blank(at, at + text.length);
      continue;
    }
    const prefix = PREFIX.exec(text)![0].length;
    blank(at, at + prefix);
    const heading = HEADING.test(text.slice(0, prefix)) ? CLOSING_HASHES.exec(text) : null;
    if (heading) blank(at + heading.index, at + text.length);
    for (const m of text.matchAll(DROPPED)) blank(at + m.index, at + m.index + m[0].length);
    for (const m of text.matchAll(LINK)) {
      // "[words](target)" and "[words][ref]": the words stay, the brackets and target go.
      blank(at + m.index, at + m.index + 1);
      blank(at + m.index + 1 + m[1]!.length, at + m.index + m[0].length);
    }
    for (const m of text.matchAll(DELIMITER)) if (isDelimiter(text, m.index, m[0].length)) blank(at + m.index, at + m.index + m[0].length);
    for (const m of text.matchAll(ESCAPE)) blank(at + m.index, at + m.index + 1);
  }
  closeUp(out, markdown);
  return out.join('');
}

// A fence of three or more backticks or tildes opens and closes a block of code.
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
// Lines that are markup whole: a thematic break, a setext underline, a link definition, an HTML comment.
const WHOLE_LINE = /^ {0,3}(?:([-*_])(?: *\1){2,} *|=+ *|\[[^[\]\n]{1,500}\]: *\S.*|<!--.*-->) *$/;
// Quote markers, then a heading's hashes or a list's marker, at the start of a line.
const PREFIX = /^(?: {0,3}> ?)*(?: {0,3}(?:#{1,6}(?= |$)|[-*+](?= )|\d{1,9}[.)](?= )) ?)?/;
const HEADING = /#(?: |$)/;
// The hashes that may close a heading: "## Talks resume ##".
const CLOSING_HASHES = / +#+ *$/;
// Whole spans that are not prose: an image with its caption, raw HTML tags, inline code, an autolink.
const DROPPED = /!\[[^[\]\n]{0,500}\]\([^()\s]{0,2000}(?: +"[^"\n]{0,500}")?\)|<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>\n]{0,1000})?\/?>|`[^`\n]{1,1000}`|<[a-z][a-z0-9+.-]{1,30}:[^<>\s]{1,2000}>/g;
// A link: its words, then its target or its reference.
const LINK = /(?<!!)\[([^[\]\n]{1,500})\](?:\([^()\s]{0,2000}(?: +"[^"\n]{0,500}")?\)|\[[^[\]\n]{0,100}\])/g;
// A run of emphasis or strike-through characters.
const DELIMITER = /\*{1,3}|_{1,3}|~~/g;
// A backslash before punctuation: the backslash goes, the character stays.
const ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);

/**
 * Whether a run of "*", "_" or "~" opens or closes emphasis: it touches a word on one side and not
 * space on both ("**crossed**", "_at night_."), and an underscore does not sit inside a word
 * ("snake_case").
 */
function isDelimiter(text: string, at: number, length: number): boolean {
  const before = text[at - 1];
  const after = text[at + length];
  if (isSpace(before) && isSpace(after)) return false;
  if (text[at] === '_' && isWordChar(before) && isWordChar(after)) return false;
  return true;
}

// Punctuation that closes up to the word before it.
const CLOSING = /^[.,;:!?)\]”’"']$/u;

/** Moves punctuation left over the blanked markup between it and the word it closes. */
function closeUp(out: string[], markdown: string): void {
  for (let i = 1; i < out.length; i++) {
    if (!CLOSING.test(out[i]!) || out[i] !== markdown[i] || out[i - 1] !== ' ' || markdown[i - 1] === ' ') continue;
    let from = i - 1;
    while (from > 0 && out[from - 1] === ' ' && markdown[from - 1] !== ' ') from--;
    if (from === 0 || /\s/.test(out[from - 1]!)) continue;
    [out[from], out[i]] = [out[i]!, ' '];
  }
}
