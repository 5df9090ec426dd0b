// Characters that change a terminal rather than print on it (escape sequences can clear the
// screen or rewrite a line, a carriage return overwrites it, bidirectional controls reorder
// it), or that do not show at all. A line feed is one too: a value that breaks the line could
// print a line of its own, so callers print one line at a time.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

const escape = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One line as it may be printed on a terminal: every control or invisible formatting character,
 * line feeds included, is written as a visible `\uXXXX` escape, so a file name or a value from the data cannot clear the
 * screen, fake an "ok" or hide itself. Every line the commands and the build print goes through it.
 * @example showControlCharacters('\u001b[2Jok.txt') // '\\u001B[2Jok.txt'
 */
export function showControlCharacters(text: string): string {
  return text.replace(HIDDEN, escape);
}
