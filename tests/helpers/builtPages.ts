import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The URL path of every HTML page in a build, in file-name order.
 * @example builtPages() // ['/', '/data/', '/embed/', '/events/2025-07-fighting/', …]
 */
export function builtPages(dist = 'dist'): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));
  return walk(dist).map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`).sort();
}

/**
 * One page of each kind: the index, each folder's own page (a list) and the first page below it
 * (an item). @example pageKinds(['/', '/events/a/', '/events/b/']) // ['/', '/events/a/']
 */
export function pageKinds(pages: readonly string[]): string[] {
  const kinds = new Map<string, string>();
  for (const path of pages) {
    const parts = path.split('/').filter(Boolean);
    const kind = parts.length <= 1 ? path : `/${parts[0]}/*`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return [...kinds.values()];
}
