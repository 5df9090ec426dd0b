import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import { z } from 'zod';
import { describeValue } from './describeValue.ts';
import { formatPath } from './formatPath.ts';
import { lineColumn } from './lineColumn.ts';
import type { Problem } from './problem.ts';

type Path = (string | number)[];

/** The sub-schema at a data path, looking through lists, optionals and defaults. */
function schemaAt(schema: z.ZodType, path: Path): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    while (current instanceof z.ZodOptional || current instanceof z.ZodDefault) current = current.unwrap() as z.ZodType;
    if (current instanceof z.ZodObject && typeof key === 'string') current = current.shape[key] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray && typeof key === 'number') current = current.element as z.ZodType;
    else return undefined;
  }
  return current;
}

function knownKeys(schema: z.ZodType, path: Path): string[] {
  const at = schemaAt(schema, path);
  return at instanceof z.ZodObject ? Object.keys(at.shape) : [];
}

/** The deepest node that exists along `path`, and whether it is the node itself. */
function nearestNode(root: Node, path: Path): { node: Node; exact: boolean } {
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return { node, exact: n === path.length };
  }
  return { node: root, exact: false };
}

/** Where a property's name stands, or the value itself for list items and the root. */
function keyOffset(node: Node): number {
  return node.parent?.type === 'property' ? node.parent.offset : node.offset;
}

/** The name of a JSON type with its article, as in "expected a list". */
const TYPE_NAMES: Record<string, string> = { array: 'a list', object: 'an object', string: 'a string', number: 'a number', boolean: 'true or false', null: 'null' };

function message(issue: z.core.$ZodIssue, found: unknown, missing: boolean, path: Path): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = path.length === 0 && issue.expected === 'object' ? 'an object with an "events" list' : TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`;
      return missing ? `expected ${expected}, found nothing (the field is required)` : `expected ${expected}, found ${describeValue(found)}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${JSON.stringify(issue.values[0])}, found ${describeValue(found)}`
        : `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; found ${describeValue(found)}`;
    default: {
      const expected = issue.message.startsWith('expected') ? issue.message : `expected ${issue.message.toLowerCase()}`;
      return `${expected}, found ${describeValue(found)}`;
    }
  }
}

/**
 * Checks a parsed JSON tree against a zod schema, locating each issue in the text.
 * @returns the parsed value when valid, and one problem per issue otherwise.
 */
export function schemaProblems<S extends z.ZodType>(
  schema: S,
  file: string,
  text: string,
  root: Node,
): { data?: z.output<S>; problems: Problem[] } {
  const value: unknown = getNodeValue(root);
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };

  const problems = result.error.issues.flatMap((issue): Problem[] => {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      return issue.keys.map((key) => {
        const node = findNodeAtLocation(root, [...path, key]) ?? nearestNode(root, path).node;
        return {
          code: 'unknown-field',
          file,
          ...lineColumn(text, keyOffset(node)),
          path: formatPath([...path, key]),
          message: `expected one of the fields ${known.join(', ')}; found unknown field "${key}"`,
        };
      });
    }
    const { node, exact } = nearestNode(root, path);
    const found = exact ? getNodeValue(node) : undefined;
    return [
      {
        code: issue.code === 'invalid_value' ? 'invalid-value' : exact ? 'invalid-field' : 'missing-field',
        file,
        ...lineColumn(text, exact ? node.offset : keyOffset(node)),
        path: formatPath(path),
        message: message(issue, found, !exact, path),
      },
    ];
  });
  return { problems };
}
