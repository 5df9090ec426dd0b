import { isMap, isScalar, isSeq, type Document } from 'yaml';
import type { IssueContext, Path } from './issueProblems.ts';

type Node = { range?: [number, number, number] | null };

/** The node at a path of a YAML document, and the deepest one that exists on the way. */
function walk(doc: Document, path: Path): { node: unknown; depth: number } {
  let node: unknown = doc.contents;
  for (let depth = 0; depth < path.length; depth++) {
    const next = isMap(node) || isSeq(node) ? node.get(path[depth], true) : undefined;
    if (next === undefined) return { node, depth };
    node = next;
  }
  return { node, depth: path.length };
}

/**
 * How to find a schema issue's path in a YAML document parsed from `text` at offset `base`
 * (front matter starts after its `---` line): for issueProblems.
 * @example issueProblems(issues, { file, text, schema, ...locateInYaml(doc, 4) })
 */
export function locateInYaml(doc: Document, base: number): Pick<IssueContext, 'locate' | 'keyAt'> {
  const offsetOf = (node: unknown) => base + ((node as Node | undefined)?.range?.[0] ?? 0);
  return {
    locate: (path) => {
      const { node, depth } = walk(doc, path);
      const exact = depth === path.length;
      return exact ? { offset: offsetOf(node), exact, found: isScalar(node) ? node.value : (node as { toJSON?: () => unknown })?.toJSON?.() } : { offset: offsetOf(node), exact };
    },
    keyAt: (path) => {
      const { node, depth } = walk(doc, path.slice(0, -1));
      if (depth !== path.length - 1 || !isMap(node)) return undefined;
      const pair = node.items.find((p) => isScalar(p.key) && p.key.value === path.at(-1));
      return pair ? offsetOf(pair.key) : undefined;
    },
  };
}
