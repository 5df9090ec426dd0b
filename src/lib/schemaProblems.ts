import { findNodeAtLocation, getNodeValue, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { issueProblems, type Path } from './issueProblems.ts';
import type { Problem } from './problem.ts';

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

/**
 * Checks a parsed JSON tree against a zod schema, locating each issue in the text.
 * @returns the parsed value when valid, and one problem per issue otherwise.
 */
export function schemaProblems<S extends z.ZodType>(
  schema: S,
  file: string,
  text: string,
  root: Node,
  /** The tree's value, when the caller has it already: a large file's is not built twice. */
  value: unknown = getNodeValue(root),
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(value);
  if (result.success) return { data: result.data, problems: [] };
  const problems = issueProblems(result.error.issues, {
    file,
    text,
    schema,
    root: 'an object with an "events" list',
    locate: (path) => {
      const { node, exact } = nearestNode(root, path);
      return exact ? { offset: node.offset, exact, found: getNodeValue(node) } : { offset: keyOffset(node), exact };
    },
    keyAt: (path) => {
      const node = findNodeAtLocation(root, path);
      return node ? keyOffset(node) : keyOffset(nearestNode(root, path.slice(0, -1)).node);
    },
  });
  return { problems };
}
