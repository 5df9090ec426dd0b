import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OTHER_LOCALES } from '../../src/i18n/locales.ts';

/**
 * The URL path of every HTML page in a build, in file-name order.
 * @example builtPages(builtSites.site) // ['/', '/data/', '/embed/', '/events/2025-07-fighting/', …]
 */
export function builtPages(dist: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));
  return walk(dist).map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`).sort();
}

/**
 * One page of each kind, by kind: the index and each folder's own page (a list) are kinds of
 * their own; the pages below a folder (its items) are one kind, `/<folder>/*`, shown by the first.
 * Each edition's pages (`/th/…`, `/km/…`) are kinds of their own, under its prefix.
 * @example pageKinds(['/', '/events/a/', '/events/b/', '/th/events/a/']) // Map { '/' => '/', '/events/*' => '/events/a/', '/th/events/*' => '/th/events/a/' }
 */
export function pageKinds(pages: readonly string[], editions: readonly string[] = OTHER_LOCALES): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const path of pages) {
    const all = path.split('/').filter(Boolean);
    const edition = editions.includes(all[0] ?? '') ? `/${all[0]}` : '';
    const parts = edition ? all.slice(1) : all;
    const kind = parts.length <= 1 ? path : `${edition}/${parts[0]}/*`;
    if (!kinds.has(kind)) kinds.set(kind, path);
  }
  return kinds;
}
