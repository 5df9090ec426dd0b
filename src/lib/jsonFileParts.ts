/** The text of `JSON.stringify(value, null, 2)` at `indent`, written as described below. */
function* jsonParts(value: unknown, depth: number, indent: string): Generator<string> {
  if (depth === 0 || value === null || typeof value !== 'object') {
    // Strings never hold a raw line break in JSON, so every one here is the layout's.
    yield (JSON.stringify(value, null, 2) ?? 'null').replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (const [i, item] of value.entries()) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      yield* jsonParts(item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) {
    yield '{}';
    return;
  }
  for (const [i, [key, item]] of entries.entries()) {
    yield `${i === 0 ? '{\n' : ',\n'}${inner}${JSON.stringify(key)}: `;
    yield* jsonParts(item, depth - 1, inner);
  }
  yield `\n${indent}}`;
}

/**
 * The text of a JSON file, `${JSON.stringify(value, null, 2)}\n`, in parts: arrays and objects
 * down to `depth` levels are written an element at a time, the rest whole, so that an export of
 * tens of megabytes is never one string. Values are plain JSON (no `toJSON`, no functions); a
 * property whose value is `undefined` is left out, as JSON.stringify leaves it out.
 * @example [...jsonFileParts({ a: [1, 2] })].join('') === `${JSON.stringify({ a: [1, 2] }, null, 2)}\n` // true
 */
export function* jsonFileParts(value: unknown, depth = 2): Generator<string> {
  yield* jsonParts(value, depth, '');
  yield '\n';
}
