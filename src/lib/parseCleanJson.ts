import { visit } from 'jsonc-parser';
import { tooDeep } from './jsonSyntaxProblem.ts';

/** True when some object of the text names a property twice (JSON.parse keeps the last silently). */
function hasDuplicateKey(text: string): boolean {
  const open: Set<string>[] = [];
  let found = false;
  visit(text, {
    onObjectBegin: () => {
      open.push(new Set());
    },
    onObjectProperty: (name) => {
      const seen = open.at(-1)!;
      if (seen.has(name)) found = true;
      seen.add(name);
    },
    onObjectEnd: () => {
      open.pop();
    },
  });
  return found;
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
