import type { Source } from './eventSchema.ts';

/**
 * Publication day of each source whose day is known, by file name.
 * @example publishedBySource([{ file: 'a.txt', published: '2025-12-24' }]).get('a.txt') // '2025-12-24'
 */
export function publishedBySource(sources: readonly Pick<Source, 'file' | 'published'>[]): Map<string, string> {
  return new Map(sources.flatMap((s) => (s.published ? [[s.file, s.published] as const] : [])));
}
