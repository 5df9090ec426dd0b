import type { Node } from 'jsonc-parser';
import { formatPath } from './formatPath.ts';
import { lineLocator } from './lineLocator.ts';
import type { Problem } from './problem.ts';

/**
 * Properties named twice in one object. JSON parsers keep the last silently, so an edit to the
 * first would be lost without a word.
 * @example duplicateKeys('a.json', '{"id": "a", "id": "b"}', root)[0]?.code // 'duplicate-key'
 */
export function duplicateKeys(file: string, text: string, root: Node): Problem[] {
  const problems: Problem[] = [];
  const locate = lineLocator(text);
  const visit = (node: Node, path: (string | number)[]) => {
    if (node.type === 'array') node.children?.forEach((child, i) => visit(child, [...path, i]));
    if (node.type !== 'object') return;
    const seen = new Map<string, Node>();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (!key || typeof key.value !== 'string') continue;
      const first = seen.get(key.value);
      if (first) {
        problems.push({
          code: 'duplicate-key',
          file,
          ...locate(key.offset),
          path: formatPath([...path, key.value]),
          message: `expected each field once in an object, found "${key.value}" again (first on line ${locate(first.offset).line})`,
          hint: 'keep one of the two; JSON readers silently drop the first',
        });
      } else seen.set(key.value, key);
      if (value) visit(value, [...path, key.value]);
    }
  };
  visit(root, []);
  return problems;
}
