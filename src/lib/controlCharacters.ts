// The one rule for characters that no text of the timeline may hold: the C0 controls other than
// tab, line feed and carriage return, DEL, the C1 controls, and U+FFFE and U+FFFF. XML 1.0
// forbids most of them, so one would make feed.xml invalid and a strict feed reader would reject
// the whole feed; the rest are invisible and rewrite terminals and calendar clients. Text pasted
// from a PDF brings form feeds (page breaks) and worse.

/** Matches one character the timeline's text may not hold. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/;

/** Matches text holding none of them; a pattern JSON Schema can carry, so editors flag one as it is typed. */
export const WITHOUT_CONTROL_CHARACTERS = new RegExp(`^[^${CONTROL_CHARACTER.source.slice(1, -1)}]*$`);

/** What to say when text holds one. */
export const CONTROL_CHARACTERS_MESSAGE = 'expected text without control characters (such as the form feeds of text pasted from a PDF, or escapes like \\u0007)';

const EVERY_CONTROL_CHARACTER = new RegExp(CONTROL_CHARACTER.source, 'g');

/**
 * The text with each such character replaced by a space: how articles are read, so that their
 * pages, the quotes taken from them and the exports hold the same characters. One character for
 * one keeps every offset, line and column as the editor shows them.
 * @example blankControlCharacters('end of page\fnext page') // 'end of page next page'
 */
export function blankControlCharacters(text: string): string {
  return text.replace(EVERY_CONTROL_CHARACTER, ' ');
}
