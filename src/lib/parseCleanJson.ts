import { tooDeep } from './jsonSyntaxProblem.ts';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * True when some object of the text names a property twice (JSON.parse keeps the last silently).
 * The text is one JSON.parse has accepted, so one pass over its characters is enough: inside an
 * object, a string followed by a colon is a name. A generic JSON visitor (jsonc-parser's) took
 * 0.8-4 s on a 25,000-event file; this takes a tenth of a second.
 */
function hasDuplicateKey(text: string): boolean {
  // The names seen in each open object; undefined for an open array.
  const open: (Set<string> | undefined)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7b) open.push(new Set());
    else if (c === 0x5b) open.push(undefined);
    else if (c === 0x7d || c === 0x5d) open.pop();
    else if (c === QUOTE) {
      let end = i + 1;
      let escaped = false;
      for (let d = text.charCodeAt(end); d !== QUOTE; d = text.charCodeAt(++end)) {
        if (d === BACKSLASH) {
          escaped = true;
          end++;
        }
      }
      const names = open.at(-1);
      if (names) {
        let next = end + 1;
        while (isSpace(text.charCodeAt(next))) next++;
        if (text.charCodeAt(next) === COLON) {
          // "\u0061" and "a" name the same property.
          const name = escaped ? (JSON.parse(text.slice(i, end + 1)) as string) : text.slice(i + 1, end);
          if (names.has(name)) return true;
          names.add(name);
        }
      }
      i = end;
    }
  }
  return false;
}

/**
 * The value of a JSON text that parseJsonTree and duplicateKeys would have nothing to say about,
 * or undefined when they might. A clean file, the usual case, is then checked without the
 * located tree, which takes some twenty times the text's size (about 200 MB for an archive of
 * 25,000 events); the tree is built only to say where a problem is.
 * @example parseCleanJson('{"a": 1}') // { value: { a: 1 } }
 * @example parseCleanJson('{"a": 1, "a": 2}') // undefined
 */
export function parseCleanJson(text: string): { value: unknown } | undefined {
  // JSON.parse takes nesting parseJsonTree refuses, and makes "__proto__" an own property where
  // jsonc-parser's value sets the prototype: both are left to the located path.
  if (tooDeep(text) !== undefined || text.includes('"__proto__"')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return hasDuplicateKey(text) ? undefined : { value };
}
