import type { Source } from './eventSchema.ts';

/**
 * How a source is named on the page: outlet and headline when known, else its file name.
 * @example sourceLabel({ file: 'a.txt', outlet: 'Example News', title: 'Talks resume' }) // 'Example News: Talks resume'
 */
export function sourceLabel(source: Pick<Source, 'file' | 'title' | 'outlet'>): string {
  if (source.outlet && source.title) return `${source.outlet}: ${source.title}`;
  return source.title ?? source.outlet ?? source.file;
}
